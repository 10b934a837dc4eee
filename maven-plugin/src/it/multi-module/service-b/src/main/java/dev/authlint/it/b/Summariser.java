package dev.authlint.it.b;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;

public final class Summariser {
  public static AnthropicClient client() {
    return AnthropicOkHttpClient.fromEnv();
  }
}
