package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

/** Key variables whose names are near misses of the documented ones, passed to clients. */
class Misspelled {
  private static final String KEY_VARIABLE = "OPENAI_APIKEY"; // BUG: MisspelledKeyVariable "which no SDK reads; the documented name is OPENAI_API_KEY"

  @Value("${OPEN_AI_API_KEY}") // BUG: MisspelledKeyVariable
  private String injectedKey;

  private final String constructorKey;

  Misspelled(@Value("${ANTHROPIC_APIKEY}") String key) { // BUG: MisspelledKeyVariable
    this.constructorKey = key;
  }

  OpenAIClient separators() {
    return OpenAIOkHttpClient.builder()
        .apiKey(System.getenv("OPENAI_APIKEY")) // BUG: MisspelledKeyVariable
        .build();
  }

  OpenAIClient typo() {
    String key = System.getenv("OPENI_API_KEY"); // BUG: MisspelledKeyVariable
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  AnthropicClient withoutApi() {
    return AnthropicOkHttpClient.builder()
        .apiKey(Objects.requireNonNull(System.getenv("ANTHROPIC_KEY"))) // BUG: MisspelledKeyVariable
        .build();
  }

  AnthropicClient systemProperty() {
    return AnthropicOkHttpClient.builder()
        .apiKey(System.getProperty("anthropic.api-key")) // BUG: MisspelledKeyVariable
        .build();
  }

  OpenAIClient throughAConstant() {
    return OpenAIOkHttpClient.builder().apiKey(System.getenv(KEY_VARIABLE)).build();
  }

  OpenAiChatModel springField() {
    return OpenAiChatModel.builder().apiKey(injectedKey).modelName("gpt-4o-mini").build();
  }

  AnthropicChatModel constructorInjection() {
    return AnthropicChatModel.builder().apiKey(constructorKey).build();
  }

  OpenAiChatModel optional() {
    return OpenAiChatModel.builder()
        // BUG: MisspelledKeyVariable
        .apiKey(Optional.ofNullable(System.getenv("OPENAI_KEY")).orElseThrow())
        .build();
  }

  OpenAIClient strippedStillCounts() {
    return OpenAIOkHttpClient.builder()
        .apiKey(System.getenv("OPENAI_API_KY").strip()) // BUG: MisspelledKeyVariable
        .build();
  }
}
