package dev.authlint.core.rules.testdata.keyset;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.github.cdimascio.dotenv.Dotenv;

/** dotenv-java's systemProperties() sets a property named OPENAI_API_KEY, which no SDK reads. */
class DotenvProperties {
  static OpenAIClient loadThenBuild() {
    Dotenv.configure().ignoreIfMissing().systemProperties().load(); // BUG: KeySetAfterClientInit "copies each .env entry into a system property of the same name"
    return OpenAIOkHttpClient.fromEnv();
  }

  static OpenAIClient buildThenLoad() {
    OpenAIClient client = OpenAIOkHttpClient.fromEnv();
    // BUG: KeySetAfterClientInit
    Dotenv.configure()
        .systemProperties()
        .load();
    return client;
  }

  /** Without systemProperties() dotenv sets nothing global; reading from it is the correct form. */
  static OpenAIClient explicit() {
    Dotenv dotenv = Dotenv.configure().ignoreIfMissing().load();
    return OpenAIOkHttpClient.builder().apiKey(dotenv.get("OPENAI_API_KEY")).build();
  }
}
