package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.theokanning.openai.service.OpenAiService;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.sashirestela.openai.SimpleOpenAI;
import org.springframework.beans.factory.annotation.Value;

/** Clients given another provider's key variable. */
class CrossProvider {
  @Value("${spring.ai.openai.api-key}")
  private String openAiKey;

  AnthropicClient anthropicFromOpenAiVariable() {
    return AnthropicOkHttpClient.builder()
        .apiKey(System.getenv("OPENAI_API_KEY")) // BUG: CrossProviderKey "a client of another provider: every request fails with 401. Use the key variable of that client"
        .build();
  }

  OpenAIClient openAiFromAnthropicProperty() {
    String key = System.getProperty("anthropic.apiKey");
    return OpenAIOkHttpClient.builder().apiKey(key).build(); // BUG: CrossProviderKey
  }

  AnthropicChatModel langchain4jAnthropicFromSpringAiOpenAiProperty() {
    return AnthropicChatModel.builder()
        .apiKey(openAiKey) // BUG: CrossProviderKey
        .modelName("claude-sonnet-4-5")
        .build();
  }

  OpenAiChatModel langchain4jOpenAiFromAnthropic() {
    OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder();
    builder.modelName("gpt-4o-mini");
    return builder.apiKey(System.getenv("ANTHROPIC_API_KEY")).build(); // BUG: CrossProviderKey
  }

  OpenAiService theoKanningFromGemini() {
    return new OpenAiService(System.getenv("GEMINI_API_KEY")); // BUG: CrossProviderKey
  }

  SimpleOpenAI simpleOpenAiFromAnthropic() {
    return SimpleOpenAI.builder()
        .apiKey(System.getenv("ANTHROPIC_AUTH_TOKEN")) // BUG: CrossProviderKey
        .build();
  }

  AnthropicClient header() {
    return AnthropicOkHttpClient.builder()
        .putHeader("x-api-key", System.getenv("OPENAI_API_KEY")) // BUG: CrossProviderKey
        .build();
  }
}
