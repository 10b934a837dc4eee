package dev.authlint.core.rules.testdata.retries;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.model.chat.ChatModel;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.retry.support.RetryTemplate;

/** Spring Retry: @Retryable (current and older attribute names) and RetryTemplate.builder(). */
class SpringRetryPolicies {
  private final OpenAIClient client;
  private final ChatModel model;

  SpringRetryPolicies(OpenAIClient client, ChatModel model) {
    this.client = client;
    this.model = model;
  }

  @Retryable // BUG: RetriesAuthError
  String retriesEverything(String prompt) {
    return model.chat(prompt);
  }

  @Retryable(retryFor = OpenAIServiceException.class, maxAttempts = 4, backoff = @Backoff(delay = 500)) // BUG: RetriesAuthError
  ChatCompletion retryForTheSupertype(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Retryable(include = OpenAIException.class) // BUG: RetriesAuthError
  ChatCompletion includeTheOlderName(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Retryable(value = {RuntimeException.class}) // BUG: RetriesAuthError
  ChatCompletion valueRuntimeException(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Retryable(OpenAIException.class) // BUG: RetriesAuthError
  ChatCompletion singleValue(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  /** notRecoverable skips the recoverer after the retries; it does not stop them. */
  @Retryable(notRecoverable = UnauthorizedException.class) // BUG: RetriesAuthError
  ChatCompletion notRecoverableOnly(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  /** The SDK call is in a method of the same class. */
  @Retryable(maxAttempts = 5) // BUG: RetriesAuthError
  String throughAHelper(String prompt) {
    return ask(prompt);
  }

  private String ask(String prompt) {
    return model.chat(prompt);
  }

  RetryTemplate templateRetryingEverything() {
    return RetryTemplate.builder().maxAttempts(3).fixedBackoff(1000).build(); // BUG: RetriesAuthError
  }

  RetryTemplate templateRetryingTheSupertype() {
    // BUG: RetriesAuthError
    return RetryTemplate.builder()
        .retryOn(OpenAIServiceException.class)
        .maxAttempts(3)
        .build();
  }

  RetryTemplate templateWithAnAlwaysTruePredicate() {
    return RetryTemplate.builder().retryOn(e -> true).build(); // BUG: RetriesAuthError
  }

  RetryTemplate defaultTemplate() {
    return RetryTemplate.defaultInstance(); // BUG: RetriesAuthError
  }

  // ---- correct forms ----------------------------------------------------------------------------

  @Retryable(noRetryFor = UnauthorizedException.class)
  ChatCompletion noRetryFor(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Retryable(retryFor = OpenAIServiceException.class, noRetryFor = UnauthorizedException.class)
  ChatCompletion retryForWithNoRetryFor(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Retryable(include = OpenAIException.class, exclude = UnauthorizedException.class)
  ChatCompletion olderNames(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Retryable(retryFor = RateLimitException.class, maxAttempts = 5)
  ChatCompletion onlyRateLimits(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Retryable(noRetryFor = AuthenticationException.class)
  String langChain4jExcluded(String prompt) {
    return model.chat(prompt);
  }

  @Retryable(exceptionExpression = "#{message.contains('timeout')}")
  ChatCompletion decidedByAnExpression(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  /** An accepted finding, suppressed. */
  @SuppressWarnings("authlint:RetriesAuthError")
  @Retryable
  String suppressed(String prompt) {
    return model.chat(prompt);
  }

  RetryTemplate suppressedOnTheLine() {
    return RetryTemplate.defaultInstance(); // authlint:ignore RetriesAuthError
  }

  /** No SDK request in the method: not judged. */
  @Retryable
  int countRows(String table) {
    return table.length();
  }

  RetryTemplate templateExcluding() {
    return RetryTemplate.builder().notRetryOn(UnauthorizedException.class).maxAttempts(3).build();
  }

  RetryTemplate templateOnlyForRateLimits() {
    return RetryTemplate.builder().retryOn(RateLimitException.class).build();
  }

  RetryTemplate templateWithATypedPredicate() {
    return RetryTemplate.builder().retryOn(e -> e instanceof RateLimitException).build();
  }

  RetryTemplate templateWithACustomPolicy(RetryPolicy policy) {
    return RetryTemplate.builder().customPolicy(policy).build();
  }

  /** On the class: every public method is retried. */
  // BUG: RetriesAuthError
  @Retryable(include = OpenAIServiceException.class)
  static class RetriedService {
    private final OpenAIClient client;

    RetriedService(OpenAIClient client) {
      this.client = client;
    }

    public ChatCompletion complete(ChatCompletionCreateParams params) {
      return client.chat().completions().create(params);
    }
  }

  /** A RetryTemplate made with new: its default policy, or one without a list of exceptions, retries all. */
  RetryTemplate[] constructedTemplates() {
    RetryTemplate defaults = new RetryTemplate(); // BUG: RetriesAuthError "retries every exception"
    RetryTemplate timed = new RetryTemplate(); // BUG: RetriesAuthError
    org.springframework.retry.policy.TimeoutRetryPolicy timeout =
        new org.springframework.retry.policy.TimeoutRetryPolicy();
    timeout.setTimeout(3000);
    timed.setRetryPolicy(timeout);
    RetryTemplate listed = new RetryTemplate();
    listed.setRetryPolicy(
        new org.springframework.retry.policy.SimpleRetryPolicy(3, java.util.Map.of(RateLimitException.class, true)));
    return new RetryTemplate[] {defaults, timed, listed};
  }

}
