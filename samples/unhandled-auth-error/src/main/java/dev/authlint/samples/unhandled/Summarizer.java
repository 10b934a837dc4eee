package dev.authlint.samples.unhandled;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Summarises documents with LangChain4j. */
public final class Summarizer {
  interface Assistant {
    String summarise(String text);
  }

  private final ChatModel model =
      OpenAiChatModel.builder()
          .apiKey(System.getenv("OPENAI_API_KEY"))
          .modelName("gpt-4o-mini")
          .build();
  private final Assistant assistant = AiServices.create(Assistant.class, model);

  /** Unhandled: an AI service method is a request too. */
  public String summarise(String text) {
    return assistant.summarise(text);
  }

  /** Handled: the stream runs the lambda inside the try. */
  public List<String> summariseAll(List<String> texts) {
    try {
      return texts.stream().map(t -> model.chat("Summarise: " + t)).toList();
    } catch (AuthenticationException e) {
      throw new IllegalStateException("The OpenAI API key was rejected; check OPENAI_API_KEY.", e);
    }
  }

  /** Unhandled: the try around submit() never sees what the task throws in another thread. */
  public void summariseLater(ExecutorService executor, String text) {
    try {
      executor.submit(() -> System.out.println(model.chat("Summarise: " + text)));
    } catch (AuthenticationException e) {
      System.err.println("never reached");
    }
  }
}
