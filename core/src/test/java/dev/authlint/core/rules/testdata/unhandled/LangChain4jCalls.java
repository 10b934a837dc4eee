package dev.authlint.core.rules.testdata.unhandled;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.service.AiServices;
import java.util.List;

/** LangChain4j chat and embedding models, AI services and streaming models. */
class LangChain4jCalls {
  interface Assistant {
    String chat(String message);
  }

  private final ChatModel model =
      OpenAiChatModel.builder().apiKey(System.getenv("OPENAI_API_KEY")).modelName("gpt-4o-mini").build();
  private final Assistant assistant = AiServices.create(Assistant.class, model);
  private final Assistant builtAssistant;

  LangChain4jCalls() {
    builtAssistant = AiServices.builder(Assistant.class).chatModel(model).build();
  }

  String unhandled() {
    return model.chat("Hello"); // BUG: UnhandledAuthError
  }

  void inlineModelAndEmbeddings(EmbeddingModel embeddings, List<TextSegment> segments) {
    OpenAiChatModel.builder().modelName("gpt-4o-mini").build().chat("Hello"); // BUG: UnhandledAuthError
    embeddings.embed("text"); // BUG: UnhandledAuthError
    embeddings.embedAll(segments); // BUG: UnhandledAuthError
    var local = OpenAiEmbeddingModel.builder().build();
    local.embed("text"); // BUG: UnhandledAuthError
  }

  void aiServices() {
    assistant.chat("Hello"); // BUG: UnhandledAuthError
    builtAssistant.chat("Hello"); // BUG: UnhandledAuthError
    assistant.toString();
  }

  String handled() {
    try {
      return model.chat("Hello");
    } catch (AuthenticationException e) {
      return "The API key was rejected.";
    }
  }

  String handledBySupertypes() {
    try {
      assistant.chat("Hello");
      return model.chat("Hello");
    } catch (NonRetriableException e) {
      return "not retried";
    } catch (LangChain4jException e) {
      return "failed";
    }
  }

  /** Streaming models deliver the 401 to the handler's required onError, never as a throw. */
  void streaming(StreamingChatModel streamingModel) {
    streamingModel.chat("Hello", new StreamingChatResponseHandler() {
      @Override
      public void onCompleteResponse(ChatResponse response) {}

      @Override
      public void onError(Throwable error) {
        System.err.println(error instanceof AuthenticationException ? "bad key" : "failed");
      }
    });
  }
}
