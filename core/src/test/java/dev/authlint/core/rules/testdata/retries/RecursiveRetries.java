package dev.authlint.core.rules.testdata.retries;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.concurrent.CompletableFuture;

/** Retries by calling the method again from its own error handler. */
class RecursiveRetries {
  private final OpenAIClient client;

  RecursiveRetries(OpenAIClient client) {
    this.client = client;
  }

  ChatCompletion fromACatch(ChatCompletionCreateParams params, int retriesLeft) {
    try {
      return client.chat().completions().create(params);
    } catch (OpenAIServiceException e) {
      if (retriesLeft == 0) {
        throw e;
      }
      return fromACatch(params, retriesLeft - 1); // BUG: RetriesAuthError "This recursive retry of fromACatch also runs after UnauthorizedException (HTTP 401, a bad key)"
    }
  }

  CompletableFuture<ChatCompletion> fromExceptionallyCompose(
      ChatCompletionCreateParams params, int retriesLeft) {
    return client.async().chat().completions().create(params)
        .exceptionallyCompose(error -> fromExceptionallyCompose(params, retriesLeft - 1)); // BUG: RetriesAuthError
  }

  CompletableFuture<ChatCompletion> fromExceptionally(ChatCompletionCreateParams params) {
    return client.async().chat().completions().create(params)
        .exceptionally(error -> {
          System.err.println("retrying after " + error);
          return fromExceptionally(params).join(); // BUG: RetriesAuthError
        });
  }

  CompletableFuture<ChatCompletion> fromATernaryOnTheCount(
      ChatCompletionCreateParams params, int retriesLeft) {
    return client.async().chat().completions().create(params)
        .exceptionallyCompose(error -> retriesLeft > 0
            ? fromATernaryOnTheCount(params, retriesLeft - 1) // BUG: RetriesAuthError
            : CompletableFuture.failedFuture(error));
  }

  // ---- correct forms ----------------------------------------------------------------------------

  ChatCompletion earlierCatchLeaves(ChatCompletionCreateParams params, int retriesLeft) {
    try {
      return client.chat().completions().create(params);
    } catch (UnauthorizedException e) {
      throw e;
    } catch (OpenAIServiceException e) {
      return earlierCatchLeaves(params, retriesLeft - 1);
    }
  }

  ChatCompletion onlyRateLimitsRecurse(ChatCompletionCreateParams params, int retriesLeft) {
    try {
      return client.chat().completions().create(params);
    } catch (OpenAIServiceException e) {
      if (e instanceof RateLimitException && retriesLeft > 0) {
        return onlyRateLimitsRecurse(params, retriesLeft - 1);
      }
      throw e;
    }
  }

  /** The developer's own test of the error decides; trusted. */
  ChatCompletion ownTransienceTest(ChatCompletionCreateParams params, int retriesLeft) {
    try {
      return client.chat().completions().create(params);
    } catch (OpenAIServiceException e) {
      if (isTransient(e) && retriesLeft > 0) {
        return ownTransienceTest(params, retriesLeft - 1);
      }
      throw e;
    }
  }

  private static boolean isTransient(OpenAIServiceException e) {
    return e.statusCode() == 429 || e.statusCode() >= 500;
  }

  CompletableFuture<ChatCompletion> causeTestedFirst(ChatCompletionCreateParams params) {
    return client.async().chat().completions().create(params)
        .exceptionallyCompose(error -> {
          if (error.getCause() instanceof UnauthorizedException) {
            return CompletableFuture.failedFuture(error);
          }
          return causeTestedFirst(params);
        });
  }

  CompletableFuture<ChatCompletion> ternaryOnTheCause(ChatCompletionCreateParams params, int retriesLeft) {
    return client.async().chat().completions().create(params)
        .exceptionallyCompose(error -> error.getCause() instanceof UnauthorizedException
            ? CompletableFuture.failedFuture(error)
            : ternaryOnTheCause(params, retriesLeft - 1));
  }

  /** Recursion that is not a retry: the catch handles an error of its own. */
  int depth(String text, int level) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return level > 3 ? 0 : depth(text.strip(), level + 1);
    }
  }
}
