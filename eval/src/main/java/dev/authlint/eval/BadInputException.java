package dev.authlint.eval;

/**
 * A manifest or report that cannot be read as its format says; the message names the file (and
 * line).
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}
