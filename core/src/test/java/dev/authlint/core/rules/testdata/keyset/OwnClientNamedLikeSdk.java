package dev.authlint.core.rules.testdata.keyset;

import dev.authlint.core.rules.testdata.keyset.own.OpenAIOkHttpClient;

/** The project's own OpenAIOkHttpClient is not the SDK's: nothing is reported. */
class OwnClientNamedLikeSdk {
  static String key(String key) {
    OpenAIOkHttpClient client = OpenAIOkHttpClient.fromEnv();
    System.setProperty("openai.apiKey", key);
    System.setProperty("OPENAI_API_KEY", key);
    return client.key();
  }
}
