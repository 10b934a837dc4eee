package dev.authlint.core.rules.testdata.unhandled;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;

/**
 * Spring AI 2.x ChatModel, ChatClient and EmbeddingModel. Spring AI 1.x's own 401 type is in
 * testdata-spring-ai1/, compiled against Spring AI 1.x.
 */
class SpringAiCalls {
  private final ChatModel chatModel;
  private final ChatClient chatClient;

  SpringAiCalls(ChatModel chatModel, ChatClient.Builder builder) {
    this.chatModel = chatModel;
    this.chatClient = builder.defaultSystem("Be brief.").build();
  }

  String unhandled(Prompt prompt) {
    chatModel.call(prompt); // BUG: UnhandledAuthError
    return chatModel.call("Hello"); // BUG: UnhandledAuthError
  }

  String chatClientChain(String question) {
    // BUG: UnhandledAuthError
    return chatClient.prompt()
        .user(question)
        .call()
        .content();
  }

  void builtInline(ChatModel model, EmbeddingModel embeddings) {
    ChatClient.create(model).prompt("Hello").call().chatResponse(); // BUG: UnhandledAuthError
    ChatClient.builder(model).build().prompt().user("Hi").call().entity(String.class); // BUG: UnhandledAuthError
    embeddings.embed("text"); // BUG: UnhandledAuthError
  }

  String handledAsTheWrappedSdksType(String question) {
    try {
      return chatModel.call(question);
    } catch (com.openai.errors.UnauthorizedException e) {
      return "Spring AI 2.x lets the OpenAI SDK's 401 through";
    }
  }

  /** Spring Retry hands what it does not retry, the 401 included, to the @Recover method. */
  @Retryable(retryFor = IllegalStateException.class, noRetryFor = com.openai.errors.UnauthorizedException.class)
  public String retriedAndRecovered(String question) {
    return chatModel.call(question);
  }

  @Recover
  public String recover(RuntimeException e, String question) {
    return "The assistant is unavailable.";
  }

  @Retryable(retryFor = IllegalStateException.class)
  public String retriedWithoutRecoverer(Prompt prompt) {
    return chatModel.call(prompt).getResult().getOutput().getText(); // BUG: UnhandledAuthError
  }

  void notCalls() {
    chatClient.prompt().user("Hi").call();
    chatClient.prompt().user("Hi");
  }
}
