package dev.authlint.core.rules.testdata.retries;

import dev.failsafe.RetryPolicy;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.RateLimitException;
import java.time.Duration;

/** Failsafe retry policies in a file that uses LangChain4j. */
class FailsafePolicies {
  RetryPolicy<Object> retriesEverything() {
    return RetryPolicy.builder().withMaxRetries(3).withDelay(Duration.ofSeconds(1)).build(); // BUG: RetriesAuthError
  }

  RetryPolicy<String> handlesTheSupertype() {
    // BUG: RetriesAuthError
    return RetryPolicy.<String>builder()
        .handle(LangChain4jException.class)
        .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30))
        .build();
  }

  RetryPolicy<Object> alwaysTruePredicate() {
    return RetryPolicy.builder().handleIf(e -> true).build(); // BUG: RetriesAuthError
  }

  RetryPolicy<Object> defaults() {
    return RetryPolicy.ofDefaults(); // BUG: RetriesAuthError
  }

  // ---- correct forms ----------------------------------------------------------------------------

  RetryPolicy<String> abortsOnThe401() {
    return RetryPolicy.<String>builder()
        .handle(LangChain4jException.class)
        .abortOn(AuthenticationException.class)
        .build();
  }

  RetryPolicy<Object> onlyRateLimits() {
    return RetryPolicy.builder().handle(RateLimitException.class).build();
  }

  RetryPolicy<Object> abortDecidedByAPredicate() {
    return RetryPolicy.builder().abortOn(e -> e.getMessage().contains("401")).build();
  }
}
