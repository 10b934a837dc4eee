package dev.authlint.core.rules.testdata.retries;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.model.chat.ChatModel;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Hand-written retry loops that go round again after a 401. */
class RetryLoops {
  private final OpenAIClient client;
  private final AnthropicClient anthropic;
  private final ChatModel model;

  RetryLoops(OpenAIClient client, AnthropicClient anthropic, ChatModel model) {
    this.client = client;
    this.anthropic = anthropic;
    this.model = model;
  }

  ChatCompletion forLoopCatchingTheSdkSupertype(ChatCompletionCreateParams params)
      throws InterruptedException {
    OpenAIServiceException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // BUG: RetriesAuthError
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        last = e;
        Thread.sleep(1000L << attempt);
      }
    }
    throw last;
  }

  ChatCompletion whileTrueCatchingException(ChatCompletionCreateParams params) {
    while (true) { // BUG: RetriesAuthError
      try {
        return client.chat().completions().create(params);
      } catch (Exception e) {
        System.err.println("retrying: " + e.getMessage());
        continue;
      }
    }
  }

  ChatCompletion doWhileRethrowingOnlyOnTheLastAttempt(ChatCompletionCreateParams params) {
    int attempt = 0;
    ChatCompletion result = null;
    // BUG: RetriesAuthError
    do {
      try {
        result = client.chat().completions().create(params);
      } catch (RuntimeException e) {
        if (attempt == 4) {
          throw e;
        }
      }
      attempt++;
    } while (result == null && attempt < 5);
    return result;
  }

  private String ask(String prompt) {
    return model.chat(prompt);
  }

  /** The SDK call is in a method of the same class. */
  String throughAHelper(String prompt) {
    int attempts = 0;
    while (attempts < 3) { // BUG: RetriesAuthError
      try {
        return ask(prompt);
      } catch (Exception e) {
        attempts++;
      }
    }
    return null;
  }

  /** A request on a field reached through this, with per-call options. */
  ChatCompletion throughThisAndWithOptions(ChatCompletionCreateParams params) {
    for (int attempt = 0; attempt < 3; attempt++) { // BUG: RetriesAuthError
      try {
        return this.client.withOptions(o -> o.maxRetries(0)).chat().completions().create(params);
      } catch (Exception e) {
        System.err.println("retrying");
      }
    }
    return null;
  }

  String thisModel(String prompt) {
    while (true) { // BUG: RetriesAuthError
      try {
        return this.model.chat(prompt);
      } catch (RuntimeException e) {
        System.err.println("retrying");
      }
    }
  }

  /** A retry helper of this class, given the request as a task by its callers. */
  private <T> T withRetries(Supplier<T> task) {
    for (int attempt = 0; attempt < 3; attempt++) { // BUG: RetriesAuthError
      try {
        return task.get();
      } catch (RuntimeException e) {
        System.err.println("retrying");
      }
    }
    throw new IllegalStateException("gave up");
  }

  ChatCompletion completeWithTheHelper(ChatCompletionCreateParams params) {
    return withRetries(() -> client.chat().completions().create(params));
  }

  /** Only 403 leaves; a 401 still goes round. */
  Message anthropicExcludingOnly403(MessageCreateParams params) {
    for (;;) { // BUG: RetriesAuthError
      try {
        return anthropic.messages().create(params);
      } catch (AnthropicServiceException e) {
        if (e.statusCode() == 403) {
          throw e;
        }
      }
    }
  }

  /** A multi-catch that names the 401 type. */
  ChatCompletion multiCatch(ChatCompletionCreateParams params) {
    for (int i = 0; i < 3; i++) { // BUG: RetriesAuthError
      try {
        return client.chat().completions().create(params);
      } catch (RateLimitException | UnauthorizedException e) {
        System.err.println("retrying");
      }
    }
    throw new IllegalStateException("gave up");
  }

  /** The async client's 401 arrives wrapped in a CompletionException. */
  ChatCompletion asyncJoin(ChatCompletionCreateParams params) {
    for (int i = 0; i < 3; i++) { // BUG: RetriesAuthError
      try {
        return client.async().chat().completions().create(params).join();
      } catch (CompletionException e) {
        System.err.println("retrying");
      }
    }
    throw new IllegalStateException("gave up");
  }

  /** Tests for the rate limit only; everything else also goes round. */
  ChatCompletion testsTheWrongType(ChatCompletionCreateParams params) throws InterruptedException {
    int attempt = 0;
    while (attempt++ < 5) { // BUG: RetriesAuthError
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (e instanceof RateLimitException) {
          Thread.sleep(2000);
          continue;
        }
        System.err.println("unexpected: " + e.statusCode());
      }
    }
    throw new IllegalStateException("gave up");
  }

  /** A status test that leaves for 5xx only. */
  ChatCompletion leavesOnServerErrorsOnly(ChatCompletionCreateParams params) {
    for (int attempt = 1; attempt <= 3; attempt++) { // BUG: RetriesAuthError
      try {
        return client.chat().completions().create(params);
      } catch (OpenAIServiceException e) {
        if (e.statusCode() >= 500) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }
}
