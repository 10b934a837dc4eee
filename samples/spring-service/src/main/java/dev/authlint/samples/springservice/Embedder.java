package dev.authlint.samples.springservice;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

/** The injected embedding model is AiFactory's in-process ONNX model: no key. */
@Component
class Embedder {
  private final EmbeddingModel embeddings;

  Embedder(EmbeddingModel embeddings) {
    this.embeddings = embeddings;
  }

  float[] vector(String text) {
    return embeddings.embed(text).content().vector();
  }
}
