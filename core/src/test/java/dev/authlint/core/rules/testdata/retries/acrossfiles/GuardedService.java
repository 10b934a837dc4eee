package dev.authlint.core.rules.testdata.retries.acrossfiles;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.UnauthorizedException;
import org.springframework.retry.annotation.Retryable;

/** Spring Retry told not to retry the project's exception: right where the method makes it from the 401. */
class GuardedService {
  private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

  @Retryable(noRetryFor = BadKeyException.class)
  public long models() {
    try {
      return client.models().list().items().size();
    } catch (UnauthorizedException e) {
      throw new BadKeyException(e);
    }
  }

  // BUG: RetriesAuthError
  @Retryable(noRetryFor = BadKeyException.class)
  public long modelsWithoutTheConversion() {
    return client.models().list().items().size();
  }
}
