package dev.authlint.checkstyle.testdata;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Checkstyle host test input: each way of silencing a finding, and one finding left on. */
public final class Suppressed {
  @SuppressWarnings("checkstyle:hardcodedapikey")
  static OpenAIClient byCheckstyleAlias() {
    return OpenAIOkHttpClient.builder().apiKey("alias-5e2b8d1f7c3a").build();
  }

  @SuppressWarnings("authlint:HardcodedApiKey")
  static OpenAIClient byAuthlintAnnotation() {
    return OpenAIOkHttpClient.builder().apiKey("annot-9c4f2a7e1b6d").build();
  }

  static OpenAIClient byAuthlintComment() {
    return OpenAIOkHttpClient.builder().apiKey("comment-2d8e5b1a9f4c").build(); // authlint:ignore HardcodedApiKey
  }

  static OpenAIClient notSuppressed() {
    return OpenAIOkHttpClient.builder().apiKey("left-7a3c9e2f5b1d").build();
  }

  private Suppressed() {}
}
