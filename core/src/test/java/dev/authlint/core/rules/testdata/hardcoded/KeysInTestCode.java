package dev.authlint.core.rules.testdata.hardcoded;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * Analysed as test code (src/test/java): dummy literals at sinks are expected there and stay quiet,
 * but a key in its published format is still a leak.
 */
class KeysInTestCode {
  OpenAIClient stubbed() {
    return OpenAIOkHttpClient.builder()
        .apiKey("test-dummy-7d8f9g0h")
        .baseUrl("http://localhost:8089")
        .build();
  }

  static final String LEAKED = "@@OPENAI_PROJECT_KEY@@"; // BUG: HardcodedApiKey error
}
