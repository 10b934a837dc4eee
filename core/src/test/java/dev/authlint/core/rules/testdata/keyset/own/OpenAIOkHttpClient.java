package dev.authlint.core.rules.testdata.keyset.own;

/** A project's own class with the SDK's simple name: it reads keys when asked, not when built. */
public final class OpenAIOkHttpClient {
  public static OpenAIOkHttpClient fromEnv() {
    return new OpenAIOkHttpClient();
  }

  public String key() {
    return System.getProperty("openai.apiKey");
  }
}
