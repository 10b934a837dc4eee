package dev.authlint.samples.unhandled;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** Answers support questions with the OpenAI Java SDK. */
public final class SupportAssistant {
  private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

  /**
   * Unhandled: a bad OPENAI_API_KEY surfaces here as an UnauthorizedException nobody catches. No code
   * of the project calls it, so it is an entry point whose callers authlint cannot see.
   */
  public String answer(String question) {
    return client.chat().completions().create(params(question))
        .choices().get(0).message().content().orElse("");
  }

  /** Handled: the bad key is told apart from other failures and not retried. */
  public String answerOrExplain(String question) {
    try {
      return client.chat().completions().create(params(question))
          .choices().get(0).message().content().orElse("");
    } catch (UnauthorizedException e) {
      return "The OpenAI API key was rejected; check OPENAI_API_KEY.";
    } catch (OpenAIServiceException e) {
      return "The assistant is unavailable (HTTP " + e.statusCode() + ").";
    }
  }

  /** Handled by every caller: a private helper called only from inside a try. */
  private long countModels() {
    return client.models().list().items().size();
  }

  public String health() {
    try {
      return countModels() + " models";
    } catch (UnauthorizedException e) {
      return "bad key";
    }
  }

  private static ChatCompletionCreateParams params(String question) {
    return ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O_MINI)
        .addUserMessage(question)
        .build();
  }
}
