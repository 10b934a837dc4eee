package dev.authlint.samples.clean;

import com.openai.client.OpenAIClient;
import com.openai.errors.UnauthorizedException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** The correct form of a request: a rejected key is told apart from other failures and not retried. */
public final class AssistantReplies {
  private final OpenAIClient client = AssistantClients.openAi();

  public String reply(String question) {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O_MINI)
            .addUserMessage(question)
            .build();
    try {
      return client.chat().completions().create(params).choices().get(0).message().content().orElse("");
    } catch (UnauthorizedException e) {
      throw new IllegalStateException("The OpenAI API key was rejected; check OPENAI_API_KEY.", e);
    }
  }
}
