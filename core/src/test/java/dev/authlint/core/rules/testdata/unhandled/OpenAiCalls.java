package dev.authlint.core.rules.testdata.unhandled;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.services.blocking.chat.ChatCompletionService;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The OpenAI Java SDK's call forms, with and without handling of the 401. */
class OpenAiCalls {
  private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();
  private final OpenAIClientAsync asyncClient = client.async();

  // ---- blocking ------------------------------------------------------------------------------------

  String unhandled(ChatCompletionCreateParams params) {
    ChatCompletion completion = client.chat().completions().create(params); // BUG: UnhandledAuthError
    return completion.choices().get(0).message().content().orElse("");
  }

  void multiLineChainIsReportedAtItsFirstLine(ChatCompletionCreateParams params) {
    // BUG: UnhandledAuthError
    client
        .chat()
        .completions()
        .create(params);
  }

  void otherServices(EmbeddingCreateParams params) {
    client.embeddings().create(params); // BUG: UnhandledAuthError
    client.models().list(); // BUG: UnhandledAuthError
    client.files().retrieve("file-abc"); // BUG: UnhandledAuthError
  }

  void inlineClient(ChatCompletionCreateParams params) {
    OpenAIOkHttpClient.fromEnv().chat().completions().create(params); // BUG: UnhandledAuthError
    OpenAIOkHttpClient.builder().fromEnv().build().models().list(); // BUG: UnhandledAuthError
  }

  void varAndServiceVariables(ChatCompletionCreateParams params) {
    var completions = client.chat().completions();
    completions.create(params); // BUG: UnhandledAuthError
    ChatCompletionService declared = client.chat().completions();
    declared.create(params); // BUG: UnhandledAuthError
  }

  void rawResponseAndOptions(ChatCompletionCreateParams params) {
    HttpResponseFor<ChatCompletion> raw =
        client.withRawResponse().chat().completions().create(params); // BUG: UnhandledAuthError
    client.withOptions(o -> o.maxRetries(0)).chat().completions().create(params); // BUG: UnhandledAuthError
    raw.close();
  }

  void streaming(ChatCompletionCreateParams params) {
    // createStreaming throws the 401 itself, before a stream is returned.
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(params)) { // BUG: UnhandledAuthError
      stream.stream().forEach(chunk -> {});
    }
  }

  // ---- blocking, handled ---------------------------------------------------------------------------

  String caught(ChatCompletionCreateParams params) {
    try {
      return client.chat().completions().create(params).id();
    } catch (UnauthorizedException e) {
      return "The OpenAI API key was rejected; check OPENAI_API_KEY.";
    }
  }

  void caughtAsSupertypes(ChatCompletionCreateParams params) {
    try {
      client.chat().completions().create(params);
    } catch (OpenAIServiceException e) {
      System.err.println(e.statusCode());
    }
    try {
      client.models().list();
    } catch (IllegalStateException | OpenAIException e) {
      System.err.println(e.getMessage());
    }
  }

  void streamingCaughtThroughTheResource(ChatCompletionCreateParams params) {
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(params)) {
      stream.stream().forEach(chunk -> {});
    } catch (UnauthorizedException e) {
      System.err.println("bad key");
    }
  }

  // ---- async ---------------------------------------------------------------------------------------

  void firedAndForgotten(ChatCompletionCreateParams params) {
    asyncClient.chat().completions().create(params).thenAccept(System.out::println); // BUG: UnhandledAuthError "Handle the failure of the returned future"
  }

  String joinedWithoutCatch(ChatCompletionCreateParams params) {
    return client.async().chat().completions().create(params).join().id(); // BUG: UnhandledAuthError
  }

  void joinedThroughAVariable(ChatCompletionCreateParams params) {
    CompletableFuture<ChatCompletion> future = asyncClient.chat().completions().create(params); // BUG: UnhandledAuthError
    System.out.println(future.join().id());
  }

  void asyncStreamingJoined(ChatCompletionCreateParams params) {
    asyncClient.chat().completions().createStreaming(params) // BUG: UnhandledAuthError
        .subscribe(chunk -> {})
        .onCompleteFuture()
        .join();
  }

  void asyncHandled(ChatCompletionCreateParams params) {
    asyncClient.chat().completions().create(params)
        .thenAccept(System.out::println)
        .exceptionally(e -> {
          System.err.println(e.getCause() instanceof UnauthorizedException ? "bad key" : "failed");
          return null;
        });
    asyncClient.models().list().whenComplete((page, error) -> {});
    asyncClient.models().list().handle((page, error) -> page);
  }

  void joinedInsideTry(ChatCompletionCreateParams params) {
    try {
      asyncClient.chat().completions().create(params).join();
    } catch (CompletionException e) {
      System.err.println(e.getCause());
    }
  }

  CompletableFuture<ChatCompletion> returnedToTheCaller(ChatCompletionCreateParams params) {
    return asyncClient.chat().completions().create(params);
  }

  void composedIntoAChainThatIsHandled(ChatCompletionCreateParams params) {
    asyncClient.models().list()
        .thenCompose(page -> asyncClient.chat().completions().create(params))
        .exceptionally(e -> null);
  }

  void variableHandledLater(ChatCompletionCreateParams params) {
    CompletableFuture<ChatCompletion> future = asyncClient.chat().completions().create(params);
    future.exceptionally(e -> null);
  }

  void asyncStreamingWithCompletionCallback(ChatCompletionCreateParams params) {
    asyncClient.chat().completions().createStreaming(params).subscribe(
        new AsyncStreamResponse.Handler<ChatCompletionChunk>() {
          @Override
          public void onNext(ChatCompletionChunk chunk) {}

          @Override
          public void onComplete(Optional<Throwable> error) {
            error.ifPresent(e -> System.err.println("failed: " + e));
          }
        });
  }

  // ---- not network calls ---------------------------------------------------------------------------

  void noRequest() {
    client.chat().completions();
    client.withRawResponse();
    client.async();
    client.close();
  }
}
