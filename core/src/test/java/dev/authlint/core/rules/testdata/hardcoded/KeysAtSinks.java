package dev.authlint.core.rules.testdata.hardcoded;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.KeyCredential;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.credential.BearerTokenCredential;
import com.theokanning.openai.service.OpenAiService;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;

/** Literals that are not in a published key format but reach the place an SDK takes its key. */
class KeysAtSinks {
  private static final String SHARED_KEY = "team-key-7Hq2Lx9Pz"; // BUG: HardcodedApiKey [warning]

  OpenAIClient openAiBuilder() {
    return OpenAIOkHttpClient.builder()
        .apiKey("prod-key-4f9c2a81d7") // BUG: HardcodedApiKey [warning] "is passed as the API key to apiKey(..). Load the key at run time from the environment or a secrets manager."
        .build();
  }

  OpenAIClient sameLiteralElsewhere() {
    return OpenAIOkHttpClient.builder()
        .apiKey("prod-key-4f9c2a81d7") // BUG: HardcodedApiKey [warning]
        .build();
  }

  OpenAIClient openAiCredential() {
    return OpenAIOkHttpClient.builder()
        .credential(BearerTokenCredential.create("tok-93kd8s7f6g")) // BUG: HardcodedApiKey [warning]
        .build();
  }

  OpenAIClient openAiAzureCredential() {
    return OpenAIOkHttpClient.builder()
        .baseUrl("https://example.openai.azure.com/openai/v1")
        .credential(AzureApiKeyCredential.create("az-83jd92kd0s")) // BUG: HardcodedApiKey [warning]
        .build();
  }

  OpenAIClient openAiHeader() {
    return OpenAIOkHttpClient.builder()
        .apiKey(System.getenv("OPENAI_API_KEY"))
        .putHeader("Authorization", "Bearer hdr-29dj4k5l6m") // BUG: HardcodedApiKey [warning]
        .build();
  }

  OpenAIClient sharedConstant() {
    return OpenAIOkHttpClient.builder().apiKey(SHARED_KEY).build();
  }

  OpenAIClient localVariable() {
    String key = "local-key-8s7d6f5g"; // BUG: HardcodedApiKey [warning]
    OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder();
    return builder.apiKey(key).build();
  }

  AnthropicClient anthropic() {
    return AnthropicOkHttpClient.builder()
        .authToken("bearer-tok-56fg78hj") // BUG: HardcodedApiKey [warning]
        .build();
  }

  OpenAiChatModel langchain4jOpenAi() {
    return OpenAiChatModel.builder()
        .apiKey("lc4j-key-2k3j4h5g") // BUG: HardcodedApiKey [warning]
        .modelName("gpt-4o-mini")
        .build();
  }

  AnthropicChatModel langchain4jAnthropic() {
    var builder = AnthropicChatModel.builder();
    return builder
        .apiKey("lc4j-anthropic-9d8f7g") // BUG: HardcodedApiKey [warning]
        .modelName("claude-sonnet-4-5")
        .build();
  }

  com.azure.ai.openai.OpenAIClient azure() {
    return new OpenAIClientBuilder()
        .endpoint("https://example.openai.azure.com")
        .credential(new AzureKeyCredential("0a9b8c7d6e5f4a3b2c1d")) // BUG: HardcodedApiKey [warning]
        .buildClient();
  }

  com.azure.ai.openai.OpenAIClient azureNonAzure() {
    return new OpenAIClientBuilder()
        .credential(new KeyCredential("plain-openai-7k6j5h")) // BUG: HardcodedApiKey [warning]
        .buildClient();
  }

  OpenAiService theoKanning() {
    return new OpenAiService("theo-key-5h4g3f2d", Duration.ofSeconds(30)); // BUG: HardcodedApiKey [warning]
  }

  void systemProperty() {
    System.setProperty("openai.apiKey", "sysprop-key-1q2w3e4r"); // BUG: HardcodedApiKey [warning]
  }

  @Value("${spring.ai.openai.api-key:spring-default-8u7y6t}") // BUG: HardcodedApiKey [warning] "leave the default out so that a missing key fails at startup."
  String springDefault;

  /** The same literal written twice is two findings: each place must be fixed. */
  OpenAIClient sameLiteralOnce() {
    return OpenAIOkHttpClient.builder().apiKey("dup-key-5g6h7j8k").build(); // BUG: HardcodedApiKey [warning]
  }

  OpenAIClient sameLiteralTwice() {
    return OpenAIOkHttpClient.builder().apiKey("dup-key-5g6h7j8k").build(); // BUG: HardcodedApiKey [warning]
  }
}
