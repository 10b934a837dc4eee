package dev.authlint.core;

import dev.authlint.core.catalog.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A file that could not be read or parsed completely. The rest of the run goes on without it.
 * {@code detail} holds the stack trace of an internal failure (keys removed), shown only on request
 * ({@code --debug}); it is null otherwise.
 */
public record Diagnostic(String path, String message, String detail) {
  public Diagnostic(String path, String message) {
    this(path, message, null);
  }

  /** A diagnostic for an internal failure, keeping its stack trace for {@code --debug}. */
  static Diagnostic of(String path, String message, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return new Diagnostic(path, message, Redaction.sanitize(trace.toString()));
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
