package dev.authlint.testdata.springai1;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;

/** Spring AI 1.x: a 401 arrives as NonTransientAiException (every 4xx does). */
class SpringAi1Calls {
  private final ChatModel chatModel;
  private final ChatClient chatClient;

  SpringAi1Calls(ChatModel chatModel, ChatClient.Builder builder) {
    this.chatModel = chatModel;
    this.chatClient = builder.build();
  }

  String unhandled(String question) {
    return chatClient.prompt().user(question).call().content(); // BUG: UnhandledAuthError
  }

  String handled(String question) {
    try {
      return chatClient.prompt().user(question).call().content();
    } catch (NonTransientAiException e) {
      return "Spring AI 1.x: 4xx, the 401 included";
    }
  }

  /** Spring Retry hands what it does not retry, the 401 included, to the @Recover method. */
  @Retryable(retryFor = IllegalStateException.class, noRetryFor = NonTransientAiException.class)
  public String retriedAndRecovered(String question) {
    return chatModel.call(question);
  }

  @Recover
  public String recover(RuntimeException e, String question) {
    return "The assistant is unavailable.";
  }
}
