package dev.authlint.core.rules.testdata.retries.acrossfiles;

/** The project's own exception for a rejected key. */
public class BadKeyException extends RuntimeException {
  public BadKeyException(Throwable cause) {
    super("The OpenAI API key was rejected.", cause);
  }
}
