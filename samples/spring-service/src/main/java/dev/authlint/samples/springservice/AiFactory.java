package dev.authlint.samples.springservice;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the project's models and AI services are made; others get them injected. */
@Configuration
class AiFactory {
  @Bean
  ChatModel chatModel() {
    return OpenAiChatModel.builder().apiKey(System.getenv("OPENAI_API_KEY")).modelName("gpt-4o-mini").build();
  }

  @Bean
  Summarizer summarizer(ChatModel model) {
    return AiServices.create(Summarizer.class, model);
  }

  @Bean
  EmbeddingModel embeddings() {
    return new OnnxEmbeddingModel("model.onnx", "tokenizer.json", PoolingMode.MEAN);
  }
}
