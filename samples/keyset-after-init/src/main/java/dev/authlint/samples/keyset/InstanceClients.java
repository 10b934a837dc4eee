package dev.authlint.samples.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;

/** Field initialisers run before the constructor body: the key comes too late. */
public final class InstanceClients {
  private final AnthropicClient client = AnthropicOkHttpClient.fromEnv();

  public InstanceClients(String key) {
    System.setProperty("anthropic.apiKey", key);
  }

  public AnthropicClient client() {
    return client;
  }
}
