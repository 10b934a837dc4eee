package dev.authlint.core.rules.testdata.unhandled;

import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.OllamaEmbeddingModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.ai.openai.OpenAiImageModel;
import org.springframework.ai.vectorstore.SimpleVectorStore;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import java.util.List;

/**
 * Spring AI 2.x: image and audio models are calls like chat models; Ollama models and the ChatClients
 * and vector stores built on them have no key; a bean made in this file is followed to where it is
 * injected.
 */
class SpringAiProviders {
  private final OpenAiImageModel images = new OpenAiImageModel();
  private final OpenAiAudioTranscriptionModel transcriptions = OpenAiAudioTranscriptionModel.builder().build();

  void imagesAndAudio(ImagePrompt picture, Resource audio) {
    images.call(picture); // BUG: UnhandledAuthError "Spring AI 2.x call to OpenAI fails with UnauthorizedException"
    transcriptions.call(new AudioTranscriptionPrompt(audio)); // BUG: UnhandledAuthError
  }

  @Bean
  ChatModel localChatModel() {
    return OllamaChatModel.builder().ollamaApi(OllamaApi.builder().build()).build();
  }

  @Bean
  EmbeddingModel localEmbeddings() {
    return OllamaEmbeddingModel.builder().ollamaApi(OllamaApi.builder().build()).build();
  }

  /** Both models come from this file's bean factories: Ollama, on this machine or a local server. */
  @Bean
  ChatClient assistant(ChatModel chatModel, EmbeddingModel embeddingModel) {
    VectorStore store = SimpleVectorStore.builder(embeddingModel).build();
    store.add(List.of(new Document("text")));
    chatModel.call("Hello");
    return ChatClient.create(chatModel);
  }

  void withOllama(OllamaChatModel model) {
    ChatClient.create(model).prompt("Hello").call().content();
    ChatClient.builder(model).build().prompt().user("Hi").call().content();
  }

  void hostedVectorStore(List<Document> documents) {
    VectorStore store = SimpleVectorStore.builder(new OpenAiEmbeddingModel()).build();
    store.add(documents); // BUG: UnhandledAuthError
    store.similaritySearch("query"); // BUG: UnhandledAuthError
  }
}
