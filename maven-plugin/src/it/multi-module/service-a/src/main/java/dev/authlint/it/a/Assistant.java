package dev.authlint.it.a;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

public final class Assistant {
  public static OpenAIClient client() {
    return OpenAIOkHttpClient.builder().apiKey("service-a-5e2b8c1d9f4a").build();
  }
}
