package dev.authlint.core.rules.testdata.hardcoded;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Findings users silenced on purpose stay silent; the others are still reported. */
class Suppressed {
  @SuppressWarnings("authlint:HardcodedApiKey")
  OpenAIClient suppressedByRuleId() {
    return OpenAIOkHttpClient.builder().apiKey("local-dev-7f6e5d4c").build();
  }

  @SuppressWarnings({"unchecked", "authlint"})
  OpenAIClient suppressedForAllRules() {
    return OpenAIOkHttpClient.builder().apiKey("local-dev-3b2a1c0d").build();
  }

  @SuppressWarnings("authlint:SomeOtherRule")
  OpenAIClient otherRuleSuppressed() {
    return OpenAIOkHttpClient.builder().apiKey("local-dev-9e8d7c6b").build(); // BUG: HardcodedApiKey [warning]
  }

  OpenAIClient ignoredByComment() {
    return OpenAIOkHttpClient.builder().apiKey("local-dev-5a4b3c2d").build(); // authlint:ignore HardcodedApiKey
  }

  OpenAIClient ignoredForAllRules() {
    return OpenAIOkHttpClient.builder().apiKey("local-dev-1f2e3d4c").build(); // authlint:ignore
  }

  OpenAIClient commentForAnotherRule() {
    return OpenAIOkHttpClient.builder()
        .apiKey("local-dev-6c5b4a3f") // authlint:ignore UnhandledAuthError BUG: HardcodedApiKey [warning]
        .build();
  }
}
