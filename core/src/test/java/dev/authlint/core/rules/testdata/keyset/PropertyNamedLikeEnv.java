package dev.authlint.core.rules.testdata.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** A system property named like the environment variable: no SDK reads it, before or after. */
class PropertyNamedLikeEnv {
  static OpenAIClient openAi(String key) {
    System.setProperty("OPENAI_API_KEY", key); // BUG: KeySetAfterClientInit
    return OpenAIOkHttpClient.fromEnv();
  }

  static AnthropicClient anthropic(String token) {
    System.setProperty("ANTHROPIC_AUTH_TOKEN", token); // BUG: KeySetAfterClientInit
    return AnthropicOkHttpClient.fromEnv();
  }

  /** The property the client reads is set too: the other one is for something else. */
  static AnthropicClient both(String key) {
    System.setProperty("ANTHROPIC_API_KEY", key);
    System.setProperty("anthropic.apiKey", key);
    return AnthropicOkHttpClient.fromEnv();
  }

  /** No client here reads Gemini keys, and other names are not keys. */
  static void unrelated(String key) {
    System.setProperty("GEMINI_API_KEY", key);
    System.setProperty("OPENAI_BASE_URL", "http://localhost:8080");
  }
}
