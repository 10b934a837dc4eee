package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.springframework.beans.factory.annotation.Value;

/** Matching providers, clients pointed at another server, and variables of no provider. */
class CrossProviderNearMisses {
  @Value("${langchain4j.open-ai.chat-model.api-key}")
  private String langchain4jProperty;

  AnthropicClient matching() {
    return AnthropicOkHttpClient.builder().apiKey(System.getenv("ANTHROPIC_API_KEY")).build();
  }

  OpenAIClient azureKeyForTheOpenAiSdk() {
    return OpenAIOkHttpClient.builder()
        .baseUrl("https://example.openai.azure.com/openai/v1")
        .apiKey(System.getenv("AZURE_OPENAI_API_KEY"))
        .build();
  }

  OpenAIClient anthropicsOpenAiCompatibleEndpoint() {
    return OpenAIOkHttpClient.builder()
        .apiKey(System.getenv("ANTHROPIC_API_KEY"))
        .baseUrl("https://api.anthropic.com/v1/")
        .build();
  }

  OpenAiChatModel geminiThroughItsOpenAiEndpoint() {
    OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder();
    builder.baseUrl("https://generativelanguage.googleapis.com/v1beta/openai/");
    return builder.apiKey(System.getenv("GEMINI_API_KEY")).build();
  }

  OpenAIClient baseUrlFromTheEnvironment() {
    return OpenAIOkHttpClient.builder()
        .fromEnv()
        .apiKey(System.getenv("GOOGLE_API_KEY"))
        .build();
  }

  OpenAIClient fallback() {
    String key = System.getenv("OPENAI_API_KEY");
    return OpenAIOkHttpClient.builder()
        .apiKey(key != null ? key : System.getenv("ANTHROPIC_API_KEY"))
        .build();
  }

  com.azure.ai.openai.OpenAIClient azureCredentialsServeManyModels() {
    return new OpenAIClientBuilder()
        .endpoint("https://example.openai.azure.com")
        .credential(new AzureKeyCredential(System.getenv("ANTHROPIC_API_KEY")))
        .buildClient();
  }

  /** The caller may have pointed the builder at another server. */
  OpenAIClient builderFromElsewhere(OpenAIOkHttpClient.Builder builder) {
    OpenAIOkHttpClient.Builder local = configured();
    local.apiKey(System.getenv("GEMINI_API_KEY"));
    return builder.apiKey(System.getenv("ANTHROPIC_API_KEY")).build();
  }

  private OpenAIOkHttpClient.Builder configured() {
    return OpenAIOkHttpClient.builder().baseUrl("https://generativelanguage.googleapis.com/v1beta/openai/");
  }

  OpenAiChatModel propertiesOfNoProvider() {
    OpenAiChatModel a = OpenAiChatModel.builder().apiKey(langchain4jProperty).build();
    return OpenAiChatModel.builder().apiKey(System.getenv("DEEPSEEK_API_KEY")).build();
  }
}
