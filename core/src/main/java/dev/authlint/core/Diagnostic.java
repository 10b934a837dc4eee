package dev.authlint.core;

import dev.authlint.core.catalog.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Something a run has to say about a file besides its findings. At level error, the file could not
 * be read or parsed completely and the rest of the run goes on without it; at level warning, the
 * file was analysed but holds something the user likely got wrong (an ignore comment naming no
 * rule). {@code line} is 0 when the note is about the whole file; {@code ruleId} names the rule the
 * note concerns, or is null. {@code detail} holds the stack trace of an internal failure (keys
 * removed), shown only on request ({@code --debug}); it is null otherwise.
 */
public record Diagnostic(
    String path, int line, Level level, String ruleId, String message, String detail) {

  /** A file that could not be analysed. */
  public Diagnostic(String path, String message) {
    this(path, 0, Level.ERROR, null, message, null);
  }

  /** A note about a file that was analysed, at a line, concerning one rule. */
  public static Diagnostic warning(String path, int line, String ruleId, String message) {
    return new Diagnostic(path, line, Level.WARNING, ruleId, message, null);
  }

  /** A diagnostic for an internal failure, keeping its stack trace for {@code --debug}. */
  static Diagnostic of(String path, String message, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return new Diagnostic(
        path, 0, Level.ERROR, null, message, Redaction.sanitize(trace.toString()));
  }

  /**
   * A file that could not be analysed because of an internal failure: what was being done, and the
   * failure's type and first line.
   */
  public static Diagnostic failure(String path, String doing, Throwable failure) {
    return of(path, doing + ": " + describe(failure), failure);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName()
            + ": "
            + Redaction.sanitize(e.getMessage().lines().findFirst().orElse(""));
  }

  /** Whether the file, or part of it, went unanalysed. */
  public boolean notAnalysed() {
    return level == Level.ERROR;
  }

  /** Where, as editors link it: {@code path} or {@code path:line}. */
  public String where() {
    return line > 0 ? path + ":" + line : path;
  }

  @Override
  public String toString() {
    return where() + ": " + message;
  }
}
