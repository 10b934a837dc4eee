package dev.authlint.core.rules.testdata.unhandled.ondemand.service;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** Its callers live in another package, which imports this one on demand. */
public class Answers {
  private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

  public String ask(String question) {
    return client.chat().completions().create(ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O_MINI)
        .addUserMessage(question)
        .build()).toString();
  }
}
