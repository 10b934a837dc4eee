package dev.authlint.core.rules.testdata.hardcoded;

import com.azure.core.credential.AzureKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ai.model.SimpleApiKey;
import org.springframework.beans.factory.annotation.Value;

/**
 * Keys whose shape is only plausible (sk- and 32 hex, sk- and 48 characters, 32 hex, Mistral's and
 * Cohere's): errors where a key is expected, quiet elsewhere and for hashes next to a key's name.
 */
class KeysInPlaces {
  static final String DEEPSEEK_API_KEY = "@@DEEPSEEK_KEY@@"; // BUG: HardcodedApiKey [error]
  private static final String MISTRAL_API_KEY = "@@MISTRAL_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String COHERE_TOKEN = "@@COHERE_KEY@@"; // BUG: HardcodedApiKey [error]
  private String token;

  @Value("${deepseek.api-key:@@DEEPSEEK_KEY2@@}") // BUG: HardcodedApiKey [error]
  String fromSpring;

  static final class Account {
    void setApiKey(String key) {}

    void setKey(String key) {}
  }

  void setters(Account account) {
    account.setApiKey("@@PROXY_KEY@@"); // BUG: HardcodedApiKey [error]
    account.setKey("@@DEEPSEEK_KEY3@@"); // BUG: HardcodedApiKey [error]
    this.token = "@@PROXY_KEY2@@"; // BUG: HardcodedApiKey [error]
  }

  Map<String, String> maps() {
    Map<String, String> keys = new HashMap<>();
    keys.put("deepseek", "@@DEEPSEEK_KEY4@@"); // BUG: HardcodedApiKey [error]
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer @@PROXY_KEY3@@"); // BUG: HardcodedApiKey [error]
    keys.put("deepseek-placeholder", "sk-your-deepseek-key-here");
    keys.put("proxy", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    return keys;
  }

  /** A header set on a request builder chain: the chain's URL is not the header's name. */
  static final class RequestBuilder {
    RequestBuilder url(String url) {
      return this;
    }

    RequestBuilder addHeader(String name, String value) {
      return this;
    }
  }

  void requestHeader() {
    new RequestBuilder()
        .url("https://api.deepseek.com/chat/completions")
        .addHeader("Content-Type", "application/json")
        .addHeader("Authorization", "Bearer @@DEEPSEEK_KEY6@@"); // BUG: HardcodedApiKey [error]
  }

  OpenAIClient sinks() {
    new AzureKeyCredential("@@AZURE_HEX_KEY@@"); // BUG: HardcodedApiKey [error]
    new SimpleApiKey("@@PROXY_KEY4@@"); // BUG: HardcodedApiKey [error]
    String apiKey = "@@DEEPSEEK_KEY5@@"; // BUG: HardcodedApiKey [error]
    return OpenAIOkHttpClient.builder().baseUrl("https://api.deepseek.com").apiKey(apiKey).build();
  }

  /** A key with a prefix parked alone on a comment line; prose and hashes in comments stay quiet. */
  void commentedOut() {
    // BUG: HardcodedApiKey error
    // @@DEEPSEEK_KEY5@@
    // BUG: HardcodedApiKey error
    /* @@PROXY_KEY4@@ */
    // 5d41402abc4b2a76b9719d911017c592
    // keys look like sk-0f1e2d3c4b5a69788796a5b4c3d2e1f0
    // sk-00000000000000000000000000000000
  }

  /** Hashes, ids and other providers' keys next to a key's name are not LLM keys. */
  void lookAlikes() {
    String cacheKey = "5d41402abc4b2a76b9719d911017c592"; // MD5 of "hello": not under an Azure name
    String key = "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"; // a git commit id: all lower case
    String openAiKeyHash = "7d793037a0760186574b0282f2f435e7";
    String weatherApiKey = "a3f9c2e81b7d4f6a9c0e2d4b6f8a1c3e";
    String mistralModel = "Xk9Qm2Lp7Rt4Vw8Yz3Bn6Cd1Fg5Hj0Ks";
    String apiKeyId = "sk-0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  }
}
