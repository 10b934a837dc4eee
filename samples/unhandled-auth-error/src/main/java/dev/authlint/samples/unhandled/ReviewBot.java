package dev.authlint.samples.unhandled;

import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.client.okhttp.AnthropicOkHttpClientAsync;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Model;
import java.util.concurrent.CompletableFuture;

/** Reviews text with the Anthropic SDK's async client. */
public final class ReviewBot {
  private final AnthropicClientAsync client = AnthropicOkHttpClientAsync.fromEnv();

  /** Unhandled: join() throws CompletionException(UnauthorizedException) and nothing catches it. */
  public String review(String text) {
    return client.messages().create(params(text)).join().content().toString();
  }

  /** Unhandled: fired and forgotten, so a bad key is never noticed at all. */
  public void reviewInBackground(String text) {
    client.messages().create(params(text)).thenAccept(m -> System.out.println(m.id()));
  }

  /** Handled: the future's failure is inspected. */
  public CompletableFuture<String> reviewSafely(String text) {
    return client.messages().create(params(text))
        .thenApply(m -> m.content().toString())
        .exceptionally(e -> e.getCause() instanceof UnauthorizedException
            ? "The Anthropic API key was rejected; check ANTHROPIC_API_KEY."
            : "Review failed.");
  }

  private static MessageCreateParams params(String text) {
    return MessageCreateParams.builder()
        .model(Model.CLAUDE_SONNET_4_5)
        .maxTokens(1024)
        .addUserMessage("Review: " + text)
        .build();
  }
}
