package dev.authlint.core.rules.testdata.unhandled;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.services.blocking.MessageService;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Where handling is and is not: catches, throws, helpers, lambdas, catch and finally blocks. */
class HandlingForms {
  private final AnthropicClient client = AnthropicOkHttpClient.fromEnv();

  void serviceVariable(MessageCreateParams params) {
    MessageService messages = client.messages();
    messages.create(params); // BUG: UnhandledAuthError "and nothing here handles it. Catch UnauthorizedException and report the bad key; do not retry it: the same key fails again."
  }

  void asyncCountTokensDiscarded(MessageCreateParams params) {
    client.async().messages().create(params); // BUG: UnhandledAuthError
  }

  // ---- catches ------------------------------------------------------------------------------------

  void catchAllsCount(MessageCreateParams params) {
    try {
      client.messages().create(params);
    } catch (RuntimeException e) {
      System.err.println("request failed");
    }
    try {
      client.models().list();
    } catch (Exception e) {
      System.err.println("request failed");
    }
    try {
      client.models().list();
    } catch (Throwable t) {
      System.err.println("request failed");
    }
  }

  void multiCatch(MessageCreateParams params) {
    try {
      client.messages().create(params);
    } catch (IllegalArgumentException | AnthropicServiceException e) {
      System.err.println(e.getMessage());
    }
  }

  void unrelatedCatchDoesNotCount(MessageCreateParams params) {
    try {
      client.messages().create(params); // BUG: UnhandledAuthError
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
    }
  }

  void anotherSdksTypeDoesNotCount(MessageCreateParams params) {
    try {
      client.messages().create(params); // BUG: UnhandledAuthError
    } catch (com.openai.errors.UnauthorizedException e) {
      System.err.println(e.getMessage());
    }
  }

  void callInCatchOrFinallyIsNotCoveredByItsOwnTry(MessageCreateParams params) {
    try {
      client.messages().create(params);
    } catch (UnauthorizedException e) {
      client.messages().create(params); // BUG: UnhandledAuthError
    } finally {
      client.models().list(); // BUG: UnhandledAuthError
    }
  }

  void nestedTryCoversTheCatchBlock(MessageCreateParams params) {
    try {
      try {
        client.messages().create(params);
      } catch (IllegalStateException e) {
        client.messages().create(params);
      }
    } catch (AnthropicException e) {
      System.err.println("bad key or failure: " + e.getMessage());
    }
  }

  // ---- throws clauses -----------------------------------------------------------------------------

  public Message declaresThe401(MessageCreateParams params) throws UnauthorizedException {
    return client.messages().create(params);
  }

  public Message declaresAnSdkSupertype(MessageCreateParams params) throws AnthropicException {
    return client.messages().create(params);
  }

  public Message declaresOnlyException(MessageCreateParams params) throws Exception {
    return client.messages().create(params); // BUG: UnhandledAuthError
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private Message helperEveryCallerHandles(MessageCreateParams params) {
    return client.messages().create(params);
  }

  String callsHelperInTry(MessageCreateParams params) {
    try {
      return helperEveryCallerHandles(params).id();
    } catch (UnauthorizedException e) {
      return "bad key";
    }
  }

  String callsHelperInTryAgain(MessageCreateParams params) {
    try {
      return this.helperEveryCallerHandles(params).id();
    } catch (AnthropicServiceException e) {
      return "failed";
    }
  }

  private Message helperOneCallerDoesNot(MessageCreateParams params) {
    return client.messages().create(params); // BUG: UnhandledAuthError
  }

  void handles(MessageCreateParams params) {
    try {
      helperOneCallerDoesNot(params);
    } catch (RuntimeException e) {
      System.err.println("failed");
    }
  }

  void doesNot(MessageCreateParams params) {
    helperOneCallerDoesNot(params);
  }

  private Message helperOfHelper(MessageCreateParams params) {
    return client.messages().create(params);
  }

  private Message middle(MessageCreateParams params) {
    return helperOfHelper(params);
  }

  void outer(MessageCreateParams params) {
    try {
      middle(params);
    } catch (UnauthorizedException e) {
      System.err.println("bad key");
    }
  }

  private Message recursiveHelper(MessageCreateParams params, int depth) {
    return depth == 0 ? client.messages().create(params) : recursiveHelper(params, depth - 1);
  }

  void callsTheRecursiveHelper(MessageCreateParams params) {
    try {
      recursiveHelper(params, 3);
    } catch (AnthropicException e) {
      System.err.println("failed");
    }
  }

  private Message neverCalledHelper(MessageCreateParams params) {
    return client.messages().create(params); // BUG: UnhandledAuthError
  }

  public Message publicMethodsHaveUnknownCallers(MessageCreateParams params) {
    return client.messages().create(params); // BUG: UnhandledAuthError
  }

  // ---- suppression ------------------------------------------------------------------------------

  void suppressedOnTheLine(MessageCreateParams params) {
    client.messages().create(params); // authlint:ignore UnhandledAuthError
  }

  @SuppressWarnings("authlint:UnhandledAuthError")
  void suppressedOnTheMethod(MessageCreateParams params) {
    client.messages().create(params);
  }

  // ---- lambdas ------------------------------------------------------------------------------------

  void lambdaRunByAStreamInsideTheTry(List<MessageCreateParams> batch) {
    try {
      batch.stream().map(p -> client.messages().create(p)).forEach(System.out::println);
      batch.forEach(p -> client.messages().create(p));
    } catch (UnauthorizedException e) {
      System.err.println("bad key");
    }
  }

  void lambdaHandedToAnExecutorIsNotCovered(ExecutorService executor, MessageCreateParams params) {
    try {
      executor.submit(() -> client.messages().create(params)); // BUG: UnhandledAuthError
    } catch (UnauthorizedException e) {
      System.err.println("never reached: the call runs in another thread");
    }
  }

  void executorFutureCheckedWithGet(ExecutorService executor, MessageCreateParams params)
      throws InterruptedException {
    Future<Message> future = executor.submit(() -> client.messages().create(params));
    try {
      future.get();
    } catch (ExecutionException e) {
      System.err.println("failed: " + e.getCause());
    }
  }

  void methodReferenceToAHelperRunByAStream(List<MessageCreateParams> batch) {
    try {
      batch.stream().map(this::viaReference).forEach(System.out::println);
    } catch (UnauthorizedException e) {
      System.err.println("bad key");
    }
  }

  private Message viaReference(MessageCreateParams params) {
    return client.messages().create(params);
  }

  Runnable lambdaStoredForLater(MessageCreateParams params) {
    try {
      return () -> client.messages().create(params); // BUG: UnhandledAuthError
    } catch (RuntimeException e) {
      return null;
    }
  }

  void anonymousClassMethod(MessageCreateParams params) {
    try {
      new Thread(new Runnable() {
        @Override
        public void run() {
          client.messages().create(params); // BUG: UnhandledAuthError
        }
      }).start();
    } catch (RuntimeException e) {
      System.err.println("never reached");
    }
  }
}
