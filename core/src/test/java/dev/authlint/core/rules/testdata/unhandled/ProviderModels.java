package dev.authlint.core.rules.testdata.unhandled;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.github.GitHubModelsChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.huggingface.HuggingFaceChatModel;
import dev.langchain4j.model.localai.LocalAiChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.model.mistralai.MistralAiEmbeddingModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.scoring.ScoringModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.langchain4j.data.segment.TextSegment;
import java.util.concurrent.CompletableFuture;

/**
 * A call is judged by the model it goes to, followed back from where it is used to where it was made:
 * hosted providers take a key and fail with 401; Ollama, LocalAI, ONNX models and servers on this
 * machine have no key to reject.
 */
class ProviderModels {
  interface Assistant {
    String chat(String message);
  }

  // ---- hosted providers, declared by their own class -------------------------------------------

  private final GoogleAiGeminiChatModel gemini =
      GoogleAiGeminiChatModel.builder().apiKey(System.getenv("GEMINI_API_KEY")).modelName("gemini-2.0-flash").build();
  private final MistralAiChatModel mistral =
      MistralAiChatModel.builder().apiKey(System.getenv("MISTRAL_API_KEY")).modelName("mistral-small").build();
  private final AzureOpenAiChatModel azure =
      AzureOpenAiChatModel.builder().apiKey(System.getenv("AZURE_OPENAI_KEY")).endpoint("https://x.openai.azure.com").deploymentName("gpt").build();
  private final GitHubModelsChatModel github =
      GitHubModelsChatModel.builder().gitHubToken(System.getenv("GITHUB_TOKEN")).modelName("gpt-4o").build();
  private final HuggingFaceChatModel huggingFace =
      HuggingFaceChatModel.builder().accessToken(System.getenv("HF_TOKEN")).modelId("x").build();
  private final BedrockChatModel bedrock = BedrockChatModel.builder().modelId("anthropic.claude").build();

  void hostedProviders(ScoringModel reranker, TextSegment segment) {
    gemini.chat("Hello"); // BUG: UnhandledAuthError "call to Google Gemini API"
    mistral.chat("Hello"); // BUG: UnhandledAuthError "call to Mistral AI fails with AuthenticationException"
    azure.chat("Hello"); // BUG: UnhandledAuthError "call to Azure OpenAI"
    github.chat("Hello"); // BUG: UnhandledAuthError
    huggingFace.chat("Hello"); // BUG: UnhandledAuthError
    bedrock.chat("Hello"); // BUG: UnhandledAuthError "call to Amazon Bedrock"
    reranker.score(segment, "query"); // BUG: UnhandledAuthError
  }

  // ---- local and in-process models: nothing to report -----------------------------------------

  private final ChatModel ollama =
      OllamaChatModel.builder().baseUrl("http://ollama:11434").modelName("llama3").build();
  private final EmbeddingModel onnx =
      new OnnxEmbeddingModel("model.onnx", "tokenizer.json", PoolingMode.MEAN);

  void localModels() {
    ollama.chat("Hello");
    onnx.embed("text");
    EmbeddingModel embeddings = OllamaEmbeddingModel.builder().baseUrl("http://ollama:11434").modelName("nomic").build();
    embeddings.embed("text");
    LocalAiChatModel.builder().baseUrl("http://localai:8080").modelName("phi").build().chat("Hello");
    var assistant = AiServices.create(Assistant.class, ollama);
    assistant.chat("Hello");
    ChatModel either = Boolean.getBoolean("small") ? ollama : OllamaChatModel.builder().modelName("x").build();
    either.chat("Hello");
  }

  /** An OpenAI-compatible server on this machine (LM Studio, llama.cpp) takes no real key. */
  void serverOnThisMachine() {
    ChatModel lmStudio =
        OpenAiChatModel.builder().baseUrl("http://localhost:1234/v1").apiKey("lm-studio").modelName("x").build();
    lmStudio.chat("Hello");
    MistralAiChatModel.builder().baseUrl("http://127.0.0.1:1234/v1").apiKey("x").build().chat("Hello");
  }

  // ---- the value followed through the file -----------------------------------------------------

  void mixed() {
    ChatModel either = Boolean.getBoolean("local") ? ollama : gemini;
    either.chat("Hello"); // BUG: UnhandledAuthError
  }

  void throughPrivateHelpers() {
    embedWith(onnx);
    chatWith(mistral);
  }

  private void embedWith(EmbeddingModel model) {
    model.embed("text");
  }

  private String chatWith(ChatModel model) {
    return model.chat("Hello"); // BUG: UnhandledAuthError
  }

  void throughLocalFactories() {
    localModel().chat("Hello");
    assistantOverMistral().chat("Hello"); // BUG: UnhandledAuthError
    Assistant local = assistantOverOllama();
    local.chat("Hello");
  }

  private ChatModel localModel() {
    return OllamaChatModel.builder().modelName("llama3").build();
  }

  private Assistant assistantOverMistral() {
    return AiServices.builder(Assistant.class).chatModel(mistral).build();
  }

  private Assistant assistantOverOllama() {
    return AiServices.builder(Assistant.class).chatModel(ollama).build();
  }

  void ingestion(Document document) {
    EmbeddingStoreIngestor.builder()
        .embeddingModel(onnx)
        .embeddingStore(new InMemoryEmbeddingStore<TextSegment>())
        .build()
        .ingest(document);
    EmbeddingStoreIngestor hosted = EmbeddingStoreIngestor.builder()
        .embeddingModel(MistralAiEmbeddingModel.builder().apiKey(System.getenv("MISTRAL_API_KEY")).build())
        .embeddingStore(new InMemoryEmbeddingStore<TextSegment>())
        .build();
    hosted.ingest(document); // BUG: UnhandledAuthError
  }

  /** A tool's failure goes back to the model as the tool's result: the AI service handles it. */
  @Tool("Summarises a text with a second model")
  String summarise(String text) {
    return mistral.chat("Summarise: " + text);
  }

  /** A call in a future's stage fails that future, and the chain is waited for with no handler. */
  void composedFutures() {
    CompletableFuture.completedFuture("Hello")
        .thenCompose(q -> CompletableFuture.supplyAsync(() -> q))
        .thenApply(q -> gemini.chat(q)) // BUG: UnhandledAuthError
        .join();
  }
}
