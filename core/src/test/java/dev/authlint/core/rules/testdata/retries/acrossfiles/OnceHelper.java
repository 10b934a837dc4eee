package dev.authlint.core.rules.testdata.retries.acrossfiles;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.RateLimitException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** Answers once. tryOnce keeps every failure, the 401 too; askOrThrow lets all but rate limits through. */
public class OnceHelper {
  private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

  public String tryOnce(String question) {
    try {
      return client.chat().completions().create(params(question)).choices().get(0).message().content().orElse("");
    } catch (Exception e) {
      return null;
    }
  }

  public String askOrThrow(String question) {
    try {
      return client.chat().completions().create(params(question)).choices().get(0).message().content().orElse("");
    } catch (RateLimitException e) {
      return null;
    }
  }

  private static ChatCompletionCreateParams params(String question) {
    return ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O_MINI).addUserMessage(question).build();
  }
}
