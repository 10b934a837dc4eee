package dev.authlint.core.rules.testdata.retries;

import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.errors.UnauthorizedException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;

/** Resilience4j retry configurations in a file that uses the Anthropic SDK. */
class Resilience4jPolicies {
  RetryConfig retriesEverything() {
    return RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofSeconds(1)).build(); // BUG: RetriesAuthError
  }

  RetryConfig retryExceptionsWithTheSupertype() {
    // BUG: RetriesAuthError
    return RetryConfig.custom()
        .retryExceptions(AnthropicServiceException.class, IOException.class)
        .build();
  }

  RetryConfig supertypeListedSecond() {
    return RetryConfig.custom().retryExceptions(IOException.class, AnthropicServiceException.class).build(); // BUG: RetriesAuthError
  }

  RetryConfig alwaysTruePredicate() {
    return RetryConfig.custom().retryOnException(e -> true).build(); // BUG: RetriesAuthError
  }

  RetryConfig predicateOnTheSupertype() {
    return RetryConfig.custom().retryOnException(e -> e instanceof AnthropicServiceException).build(); // BUG: RetriesAuthError
  }

  Retry defaults() {
    return Retry.ofDefaults("anthropic"); // BUG: RetriesAuthError
  }

  RetryConfig defaultConfig() {
    return RetryConfig.ofDefaults(); // BUG: RetriesAuthError
  }

  // ---- correct forms ----------------------------------------------------------------------------

  RetryConfig ignoresThe401() {
    return RetryConfig.custom()
        .retryExceptions(AnthropicServiceException.class)
        .ignoreExceptions(UnauthorizedException.class)
        .build();
  }

  RetryConfig ignoredSecond() {
    return RetryConfig.custom()
        .retryExceptions(AnthropicServiceException.class)
        .ignoreExceptions(IllegalArgumentException.class, UnauthorizedException.class)
        .build();
  }

  RetryConfig onlyTransientTypes() {
    return RetryConfig.custom().retryExceptions(RateLimitException.class, IOException.class).build();
  }

  RetryConfig typedPredicate() {
    return RetryConfig.custom().retryOnException(e -> e instanceof RateLimitException).build();
  }

  RetryConfig negatedPredicate() {
    return RetryConfig.custom().retryOnException(e -> !(e instanceof UnauthorizedException)).build();
  }

  RetryConfig methodReference() {
    return RetryConfig.custom().retryOnException(Resilience4jPolicies::isTransient).build();
  }

  private static boolean isTransient(Throwable e) {
    return e instanceof RateLimitException;
  }
}
