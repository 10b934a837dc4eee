package dev.authlint.core.rules.testdata.retries;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The correct forms from the seeds and loops that are not retries: nothing here may be reported. */
class RetryLoopsCorrect {
  private final OpenAIClient client;

  RetryLoopsCorrect(OpenAIClient client) {
    this.client = client;
  }

  /** The seeds' form: a bad key leaves at once, a rate limit is retried with back-off. */
  ChatCompletion earlierCatchOfThe401Leaves(ChatCompletionCreateParams params)
      throws InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (UnauthorizedException e) {
        throw new IllegalStateException("OPENAI_API_KEY is invalid or revoked", e);
      } catch (OpenAIServiceException e) {
        Thread.sleep(1000L << attempt);
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion instanceofTestLeaves(ChatCompletionCreateParams params) throws InterruptedException {
    while (true) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (e instanceof UnauthorizedException) {
          throw e;
        }
        Thread.sleep(1000);
      }
    }
  }

  ChatCompletion patternMatchLeaves(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (RuntimeException error) {
        if (error instanceof UnauthorizedException unauthorized) {
          throw new IllegalStateException("bad key", unauthorized);
        } else if (attempt == 2) {
          throw error;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion constantFirstComparison(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (401 == e.statusCode()) {
          return null;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion statusTestLeaves(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (e.statusCode() == 401 || e.statusCode() == 403) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion everyClientErrorLeaves(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (e.statusCode() >= 400 && e.statusCode() < 500 && e.statusCode() != 429) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion onlyTheRateLimitIsRetried(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (!(e instanceof RateLimitException)) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  /** Only the rate limit is caught; a 401 propagates. */
  ChatCompletion catchesOnlyTheRateLimit(ChatCompletionCreateParams params) {
    while (true) {
      try {
        return client.chat().completions().create(params);
      } catch (RateLimitException e) {
        System.err.println("rate limited, retrying");
      }
    }
  }

  /** The developer's own test of the error decides; trusted. */
  ChatCompletion ownTransienceTest(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (isTransient(e)) {
          continue;
        }
        throw e;
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion switchOnTheStatus(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        switch (e.statusCode()) {
          case 401, 403 -> throw e;
          default -> System.err.println("retrying");
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion asyncCauseTested(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.async().chat().completions().create(params).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UnauthorizedException) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  /** Every failure leaves the loop. */
  ChatCompletion catchThatLeaves(ChatCompletionCreateParams params) {
    ChatCompletion result = null;
    while (result == null) {
      try {
        result = client.chat().completions().create(params);
      } catch (Exception e) {
        System.err.println("giving up: " + e.getMessage());
        break;
      }
    }
    return result;
  }

  /** The loop body ends after the try whatever happened: no second attempt. */
  ChatCompletion bodyLeavesAfterTheTry(ChatCompletionCreateParams params) {
    ChatCompletion result = null;
    while (true) {
      try {
        result = client.chat().completions().create(params);
      } catch (Exception e) {
        System.err.println("failed: " + e.getMessage());
      }
      return result;
    }
  }

  // ---- loops that walk inputs are not retries (see the rule's page) -----------------------------

  void forEachPrompt(List<ChatCompletionCreateParams> batch) {
    for (ChatCompletionCreateParams params : batch) {
      try {
        client.chat().completions().create(params);
      } catch (Exception e) {
        System.err.println("skipped one: " + e.getMessage());
      }
    }
  }

  void indexedWalk(List<ChatCompletionCreateParams> batch) {
    for (int i = 0; i < batch.size(); i++) {
      try {
        client.chat().completions().create(batch.get(i));
      } catch (OpenAIServiceException e) {
        System.err.println("skipped " + i);
      }
    }
  }

  void arrayWalk(ChatCompletionCreateParams[] batch) {
    for (int i = 0; i < batch.length; i++) {
      try {
        client.chat().completions().create(batch[i]);
      } catch (RuntimeException e) {
        System.err.println("skipped " + i);
      }
    }
  }

  void iteratorWalk(Iterator<ChatCompletionCreateParams> batch) {
    while (batch.hasNext()) {
      try {
        client.chat().completions().create(batch.next());
      } catch (Exception e) {
        System.err.println("skipped one");
      }
    }
  }

  /** A retry helper that this file uses only for work that sends no SDK request. */
  private <T> T retrying(Callable<T> task) throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return task.call();
      } catch (Exception e) {
        System.err.println("retrying");
      }
    }
    return task.call();
  }

  int parseWithTheHelper(String text) throws Exception {
    return retrying(() -> Integer.parseInt(text));
  }

  /** The helper excludes the 401, so its SDK tasks are fine. */
  private <T> T retryingTransientErrors(Callable<T> task) throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return task.call();
      } catch (UnauthorizedException e) {
        throw e;
      } catch (Exception e) {
        System.err.println("retrying");
      }
    }
    return task.call();
  }

  ChatCompletion completeWithTheHelper(ChatCompletionCreateParams params) throws Exception {
    return retryingTransientErrors(() -> client.chat().completions().create(params));
  }

  /** A worker that takes one request after another from a queue. */
  void worker(BlockingQueue<ChatCompletionCreateParams> queue, AtomicBoolean running) {
    while (running.get()) {
      try {
        client.chat().completions().create(queue.take());
      } catch (Exception e) {
        System.err.println("one request failed: " + e.getMessage());
      }
    }
  }

  /** A loop with no SDK call in its try: parsing, not a request. */
  int parseWithRetries(String text) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return Integer.parseInt(text.strip());
      } catch (Exception e) {
        text = text.replace(",", "");
      }
    }
    return 0;
  }

  private static boolean isTransient(OpenAIServiceException e) {
    return e.statusCode() == 429 || e.statusCode() >= 500;
  }
}
