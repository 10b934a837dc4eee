package dev.authlint.checkstyle.testdata;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Checkstyle host test input: one key in its published format, one literal at a key sink. */
public final class Clients {
  private static final String PROJECT_KEY = "@@OPENAI_PROJECT_KEY@@";

  static OpenAIClient fromConstant() {
    return OpenAIOkHttpClient.builder().apiKey(PROJECT_KEY).build();
  }

  static OpenAIClient fromLiteral() {
	return OpenAIOkHttpClient.builder().apiKey("team-3f9a8c2e7b1d").build();
  }

  /** The correct form: the key comes from the environment at run time. */
  static OpenAIClient fromEnvironment() {
    return OpenAIOkHttpClient.fromEnv();
  }

  private Clients() {}
}
