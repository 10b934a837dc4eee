package dev.authlint.samples.retries;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;

/** Hand-written retries around the OpenAI SDK. */
public final class CompletionRetries {
  private static final int MAX_ATTEMPTS = 3;

  private final OpenAIClient client;

  public CompletionRetries(OpenAIClient client) {
    this.client = client;
  }

  /** Wrong: a bad key is sent three times. */
  public ChatCompletion retryEverything(ChatCompletionCreateParams params) throws InterruptedException {
    OpenAIServiceException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        last = e;
        Thread.sleep(1000L << attempt);
      }
    }
    throw last;
  }

  /** Wrong: the recursion runs again after a 401 too. */
  public ChatCompletion retryRecursively(ChatCompletionCreateParams params, int retriesLeft) {
    try {
      return client.chat().completions().create(params);
    } catch (OpenAIServiceException e) {
      if (retriesLeft == 0) {
        throw e;
      }
      return retryRecursively(params, retriesLeft - 1);
    }
  }

  /** Right: a bad key fails at once; other service errors are retried with back-off. */
  public ChatCompletion retryTransientErrors(ChatCompletionCreateParams params)
      throws InterruptedException {
    OpenAIServiceException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (UnauthorizedException e) {
        throw new IllegalStateException("The OpenAI key is invalid or revoked; check OPENAI_API_KEY", e);
      } catch (OpenAIServiceException e) {
        last = e;
        Thread.sleep(1000L << attempt);
      }
    }
    throw last;
  }

  /** Not a retry: one request per input. */
  public void completeAll(List<ChatCompletionCreateParams> batch) {
    for (ChatCompletionCreateParams params : batch) {
      try {
        client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        System.err.println("one request failed with status " + e.statusCode());
      }
    }
  }
}
