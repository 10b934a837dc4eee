package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.springframework.beans.factory.annotation.Value;

/** Documented names, deliberate names of a project's own, and near misses that reach no client. */
class MisspelledNearMisses {
  @Value("${openai.api-key}")
  private String projectProperty;

  @Value("${spring.ai.openai.api-key}")
  private String springAiProperty;

  @Value("${OPENAI_API_KEY}")
  private String exact;

  OpenAIClient documented() {
    return OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_API_KEY")).build();
  }

  AnthropicClient documentedProperty() {
    return AnthropicOkHttpClient.builder().apiKey(System.getProperty("anthropic.apiKey")).build();
  }

  OpenAIClient azureNames() {
    return OpenAIOkHttpClient.builder()
        .baseUrl("https://example.openai.azure.com/openai/v1")
        .apiKey(System.getenv("AZURE_OPENAI_KEY"))
        .build();
  }

  OpenAIClient fallbackToTheDocumentedName() {
    String key = System.getenv("OPENAI_KEY");
    if (key == null) {
      key = System.getenv("OPENAI_API_KEY");
    }
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  OpenAIClient conditionalFallback() {
    String legacy = System.getenv("OPENAI_APIKEY");
    return OpenAIOkHttpClient.builder()
        .apiKey(legacy != null ? legacy : System.getenv("OPENAI_API_KEY"))
        .build();
  }

  OpenAIClient namesOfTheirOwn() {
    OpenAIClient second = OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_API_KEY_2")).build();
    OpenAIClient prod = OpenAIOkHttpClient.builder().apiKey(System.getenv("PROD_OPENAI_API_KEY")).build();
    return OpenAIOkHttpClient.builder().apiKey(System.getenv("MY_OPENAI_KEY")).build();
  }

  OpenAiChatModel otherProviders() {
    return OpenAiChatModel.builder()
        .baseUrl("https://api.deepseek.com/v1")
        .apiKey(System.getenv("DEEPSEEK_API_KEY"))
        .build();
  }

  OpenAiChatModel springProperties() {
    OpenAiChatModel a = OpenAiChatModel.builder().apiKey(projectProperty).build();
    OpenAiChatModel b = OpenAiChatModel.builder().apiKey(springAiProperty).build();
    return OpenAiChatModel.builder().apiKey(exact).build();
  }

  String notPassedToAClient() {
    return System.getenv("OPENAI_APIKEY");
  }

  /** An environment variable name read as a system property is a different mistake. */
  OpenAIClient envNameAsProperty() {
    return OpenAIOkHttpClient.builder().apiKey(System.getProperty("OPENAI_API_KEY")).build();
  }
}
