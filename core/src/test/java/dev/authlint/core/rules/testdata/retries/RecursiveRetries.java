package dev.authlint.core.rules.testdata.retries;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.client.OpenAIClientAsync;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/** Retries by calling the method again from its own error handler. */
class RecursiveRetries {
  private final OpenAIClient client;
  private OpenAIClientAsync asyncClient;

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

  ChatCompletion rateLimitOrBelowTheLimit(ChatCompletionCreateParams params, int retries) {
    try {
      return client.chat().completions().create(params);
    } catch (OpenAIServiceException e) {
      if (e.statusCode() == 429 || retries < 3) {
        return rateLimitOrBelowTheLimit(params, retries + 1); // BUG: RetriesAuthError
      }
      throw e;
    }
  }

  /** A retry helper given the request to repeat as a function of the client. */
  <T> CompletableFuture<T> withRetry(Function<OpenAIClientAsync, CompletableFuture<T>> request, int left) {
    return request.apply(asyncClient)
        .exceptionally(error -> {
          if (left > 0) {
            return withRetry(request, left - 1).join(); // BUG: RetriesAuthError
          }
          throw new CompletionException(error);
        });
  }

  // ---- correct forms ----------------------------------------------------------------------------

  <T> CompletableFuture<T> withRetryButNotABadKey(
      Function<OpenAIClientAsync, CompletableFuture<T>> request, int left) {
    return request.apply(asyncClient)
        .exceptionally(error -> {
          if (left > 0 && !(error.getCause() instanceof UnauthorizedException)) {
            return withRetryButNotABadKey(request, left - 1).join();
          }
          throw new CompletionException(error);
        });
  }

  /** A function given something else than a client is no request. */
  <T> T applyAgain(Function<String, T> parse, String text, int left) {
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      return left > 0 ? applyAgain(parse, text.strip(), left - 1) : null;
    }
  }

  /** Past its limit the count keeps it going, but a 401 on the first attempt is rethrown at once. */
  ChatCompletion transientOrPastTheLimit(ChatCompletionCreateParams params, int retryCount) {
    try {
      return client.chat().completions().create(params);
    } catch (OpenAIServiceException e) {
      if (e.statusCode() == 429 || e.statusCode() == 503 || retryCount > 3) {
        return transientOrPastTheLimit(params, retryCount + 1);
      }
      throw e;
    }
  }

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
