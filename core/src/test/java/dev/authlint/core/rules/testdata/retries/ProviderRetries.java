package dev.authlint.core.rules.testdata.retries;

import com.openai.errors.OpenAIServiceException;
import dev.langchain4j.model.ollama.OllamaChatModel;

/**
 * Both rules judge a catch the same way: Spring AI 2.x lets the OpenAI SDK's exceptions through, so a
 * loop catching OpenAIServiceException around a Spring AI call retries the 401. A loop around a local
 * model retries no bad key.
 */
class ProviderRetries {
  private final org.springframework.ai.chat.model.ChatModel springAi;
  private final dev.langchain4j.model.chat.ChatModel ollama =
      OllamaChatModel.builder().baseUrl("http://ollama:11434").modelName("llama3").build();

  ProviderRetries(org.springframework.ai.chat.model.ChatModel springAi) {
    this.springAi = springAi;
  }

  String springAiThroughTheWrappedSdksSupertype(String question) {
    for (int attempt = 1; ; attempt++) { // BUG: RetriesAuthError "UnauthorizedException"
      try {
        return springAi.call(question);
      } catch (OpenAIServiceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  String localModel(String question) {
    for (int attempt = 1; ; attempt++) {
      try {
        return ollama.chat(question);
      } catch (RuntimeException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Each round runs another step once: the loop walks steps, it does not repeat a failed request. */
  void steps(String question) {
    for (int step = 1; step <= 2; step++) {
      try {
        if (step == 1) {
          springAi.call(question);
        }
        if (step == 2) {
          springAi.call("Summarise: " + question);
        }
      } catch (RuntimeException e) {
        System.out.println("step " + step + " failed: " + e.getMessage());
      }
    }
  }
}
