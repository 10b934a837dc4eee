package dev.authlint.core.rules.testdata.unhandled.subtypes;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * Judged by its callers: two handle the bad key, and one, in a file that names only a subclass of a
 * subclass, lets it out.
 */
class Inventory {
  private final OpenAIClient openAi = OpenAIOkHttpClient.fromEnv();

  int count() {
    openAi.models().list(); // BUG: UnhandledAuthError "OpenAI Java SDK call fails with UnauthorizedException"
    return 1;
  }
}
