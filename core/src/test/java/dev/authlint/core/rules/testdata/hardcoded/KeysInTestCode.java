package dev.authlint.core.rules.testdata.hardcoded;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * Analysed as test code (src/test/java), with or without --include-tests: dummy literals given to test
 * clients stay quiet, but a key in a real format (distinctive, or plausible where a key is expected) is
 * still a leak.
 */
class KeysInTestCode {
  OpenAIClient stubbed() {
    return OpenAIOkHttpClient.builder()
        .apiKey("test-dummy-7d8f9g0h")
        .baseUrl("http://localhost:8089")
        .build();
  }

  OpenAIClient banana() {
    return OpenAIOkHttpClient.builder().apiKey("banana").build();
  }

  OpenAIClient overridden() {
    return OpenAIOkHttpClient.builder().apiKey("override-key-4k5j6h").build();
  }

  OpenAIClient copiedFromAnApp() {
    return OpenAIOkHttpClient.builder().apiKey("@@DEEPSEEK_KEY@@").build(); // BUG: HardcodedApiKey [error]
  }

  static final String LEAKED = "@@OPENAI_PROJECT_KEY@@"; // BUG: HardcodedApiKey [error]
}
