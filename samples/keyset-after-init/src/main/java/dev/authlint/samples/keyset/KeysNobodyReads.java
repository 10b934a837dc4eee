package dev.authlint.samples.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.github.cdimascio.dotenv.Dotenv;

/** Keys written where the client never looks, before or after it is built. */
public final class KeysNobodyReads {
  /** dotenv's systemProperties() sets a property named OPENAI_API_KEY; the SDK reads openai.apiKey. */
  public static OpenAIClient dotenvProperties() {
    Dotenv.configure().ignoreIfMissing().systemProperties().load();
    return OpenAIOkHttpClient.fromEnv();
  }

  /** The environment variable's name used as a system property. */
  public static AnthropicClient propertyNamedLikeVariable(String key) {
    System.setProperty("ANTHROPIC_API_KEY", key);
    return AnthropicOkHttpClient.fromEnv();
  }

  /** A ProcessBuilder's environment is for a child process, and none is started. */
  public static OpenAIClient processEnvironment(String key) {
    ProcessBuilder builder = new ProcessBuilder();
    builder.environment().put("OPENAI_API_KEY", key);
    return OpenAIOkHttpClient.fromEnv();
  }

  private KeysNobodyReads() {}
}
