package dev.authlint.testdata.langchain4j0;

import dev.ai4j.openai4j.OpenAiHttpException;
import dev.langchain4j.chain.ConversationalRetrievalChain;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatLanguageModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.service.AiServices;

/**
 * LangChain4j 0.x: ChatLanguageModel.generate, the withApiKey factories and chains. 0.x has no
 * exception type of its own for a bad key; each provider module's HTTP client throws its own.
 */
class LangChain4j0Calls {
  interface Assistant {
    String chat(String message);
  }

  private final ChatLanguageModel openAi = OpenAiChatModel.withApiKey(System.getenv("OPENAI_API_KEY"));
  private final ChatLanguageModel anthropic =
      AnthropicChatModel.withApiKey(System.getenv("ANTHROPIC_API_KEY"));
  private final ChatLanguageModel ollama =
      OllamaChatModel.builder().baseUrl("http://ollama:11434").modelName("llama3").build();

  String generate(String question) {
    anthropic.generate(question); // BUG: UnhandledAuthError "AnthropicHttpException"
    ollama.generate(question);
    return openAi.generate(question); // BUG: UnhandledAuthError "LangChain4j 0.x call to OpenAI fails with OpenAiHttpException"
  }

  String handled(String question) {
    try {
      return openAi.generate(question);
    } catch (OpenAiHttpException e) {
      return "The API key was rejected.";
    }
  }

  String aiServiceAndChain(ContentRetriever retriever, String question) {
    Assistant assistant = AiServices.create(Assistant.class, openAi);
    assistant.chat(question); // BUG: UnhandledAuthError
    AiServices.create(Assistant.class, ollama).chat(question);
    ConversationalRetrievalChain chain =
        ConversationalRetrievalChain.builder().chatLanguageModel(openAi).contentRetriever(retriever).build();
    return chain.execute(question); // BUG: UnhandledAuthError
  }

  /** A model of a provider this file does not show: 0.x gives no type to name. */
  String anyProvider(ChatLanguageModel model, String question) {
    // BUG: UnhandledAuthError "fails with an exception of its HTTP client (it has no exception type for HTTP 401)"
    return model.generate(question);
  }

  void embeddings() {
    EmbeddingModel embeddings = OpenAiEmbeddingModel.withApiKey(System.getenv("OPENAI_API_KEY"));
    embeddings.embed("text"); // BUG: UnhandledAuthError
  }
}
