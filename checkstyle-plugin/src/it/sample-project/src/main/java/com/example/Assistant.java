package com.example;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Insecure on purpose: the build must fail on the literal key. Not a real key. */
public final class Assistant {
  static OpenAIClient insecure() {
    return OpenAIOkHttpClient.builder().apiKey("team-3f9a8c2e7b1d").build();
  }

  /** The correct form: the key comes from OPENAI_API_KEY at run time. */
  static OpenAIClient fromEnvironment() {
    return OpenAIOkHttpClient.fromEnv();
  }

  /** A fixture the team accepted, silenced the Checkstyle way. */
  @SuppressWarnings("checkstyle:hardcodedapikey")
  static OpenAIClient accepted() {
    return OpenAIOkHttpClient.builder().apiKey("fixture-1a2b3c4d5e6f").build();
  }

  /** And the authlint way. */
  static OpenAIClient ignored() {
    return OpenAIOkHttpClient.builder().apiKey("local-6f5e4d3c2b1a").build(); // authlint:ignore HardcodedApiKey
  }

  private Assistant() {}
}
