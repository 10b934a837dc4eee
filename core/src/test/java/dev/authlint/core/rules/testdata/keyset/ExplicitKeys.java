package dev.authlint.core.rules.testdata.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.AzureKeyCredential;
import com.google.genai.Client;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.credential.BearerTokenCredential;
import io.github.cdimascio.dotenv.Dotenv;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/** Clients given their key, and lazy credentials, read nothing from the environment: all quiet. */
class ExplicitKeys {
  static OpenAIClient explicitKey(String key) {
    OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(key).build();
    System.setProperty("openai.apiKey", "rotated");
    System.setProperty("OPENAI_API_KEY", "rotated");
    return client;
  }

  /** fromEnv() followed by an explicit key: the key read from the environment is replaced. */
  static AnthropicClient overridden(String key) {
    AnthropicClient client = AnthropicOkHttpClient.builder().fromEnv().apiKey(key).build();
    System.setProperty("anthropic.apiKey", key);
    return client;
  }

  /** BearerTokenCredential.create(Supplier) asks for the key on every request. */
  static OpenAIClient lazyCredential() {
    OpenAIClient client =
        OpenAIOkHttpClient.builder()
            .credential(BearerTokenCredential.create(() -> System.getProperty("openai.apiKey")))
            .build();
    System.setProperty("openai.apiKey", System.getenv("ROTATED_KEY"));
    return client;
  }

  /** Azure reads the key on every request, so update(..) after build takes effect. */
  static com.azure.ai.openai.OpenAIClient azure(String key, String rotated) {
    AzureKeyCredential credential = new AzureKeyCredential(key);
    com.azure.ai.openai.OpenAIClient client =
        new OpenAIClientBuilder()
            .endpoint("https://example.openai.azure.com")
            .credential(credential)
            .buildClient();
    credential.update(rotated);
    return client;
  }

  /** Spring AI 2.x given its key through the options. */
  static OpenAiChatModel springAi(String key) {
    OpenAiChatOptions options = OpenAiChatOptions.builder().apiKey(key).build();
    OpenAiChatModel model = OpenAiChatModel.builder().options(options).build();
    System.setProperty("OPENAI_API_KEY", key);
    return model;
  }

  /** Spring AI 2.x given a client of its own. */
  static OpenAiChatModel springAiWithClient(String key) {
    OpenAiChatModel model =
        OpenAiChatModel.builder()
            .openAiClient(OpenAIOkHttpClient.builder().apiKey(key).build())
            .build();
    System.setProperty("OPENAI_API_KEY", key);
    return model;
  }

  static Client gemini(String key) {
    Client client = Client.builder().apiKey(key).build();
    System.setProperty("GEMINI_API_KEY", key);
    return client;
  }

  /** With no client that reads the environment, dotenv and ProcessBuilder are not this mistake. */
  static void noEnvironmentReaders(String key) {
    Dotenv.configure().systemProperties().load();
    new ProcessBuilder("true").environment().put("OPENAI_API_KEY", key);
  }
}
