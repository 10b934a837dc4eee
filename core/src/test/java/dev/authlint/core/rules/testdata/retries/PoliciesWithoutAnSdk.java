package dev.authlint.core.rules.testdata.retries;

import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Retry policies in a file that imports no SDK (it only mentions com.openai here): not judged, since a
 * policy for database or HTTP calls may rightly retry everything.
 */
class PoliciesWithoutAnSdk {
  RetryConfig database() {
    return RetryConfig.ofDefaults();
  }

  RetryPolicy<Object> http() {
    return RetryPolicy.builder().withMaxRetries(3).build();
  }
}
