package dev.authlint.samples.retries;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.retry.annotation.Retryable;

/** Retry-library policies around the Anthropic SDK. */
public class RetryPolicies {
  private final AnthropicClient client;

  public RetryPolicies(AnthropicClient client) {
    this.client = client;
  }

  /** Wrong: @Retryable with no exception types retries every exception. */
  @Retryable(maxAttempts = 4)
  public Message ask(MessageCreateParams params) throws UnauthorizedException {
    return client.messages().create(params);
  }

  /** Right: the 401 type is excluded. */
  @Retryable(retryFor = AnthropicServiceException.class, noRetryFor = UnauthorizedException.class)
  public Message askExcludingBadKeys(MessageCreateParams params) throws UnauthorizedException {
    return client.messages().create(params);
  }

  /** Wrong: the SDK's supertype includes the 401. */
  public static RetryConfig resilience4j() {
    return RetryConfig.custom()
        .retryExceptions(AnthropicServiceException.class)
        .maxAttempts(5)
        .build();
  }

  /** Right. */
  public static RetryConfig resilience4jExcludingBadKeys() {
    return RetryConfig.custom()
        .retryExceptions(AnthropicServiceException.class)
        .ignoreExceptions(UnauthorizedException.class)
        .build();
  }

  /** Wrong: a Failsafe policy with no handle(..) retries every exception. */
  public static RetryPolicy<Message> failsafe() {
    return RetryPolicy.<Message>builder().withMaxRetries(3).withDelay(Duration.ofSeconds(1)).build();
  }

  /** Right. */
  public static RetryPolicy<Message> failsafeAbortingOnBadKeys() {
    return RetryPolicy.<Message>builder()
        .withMaxRetries(3)
        .abortOn(UnauthorizedException.class)
        .build();
  }
}
