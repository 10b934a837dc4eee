package dev.authlint.checkstyle;

/** A key value written unmasked to a logger, standard output or an exception message. Reports authlint's {@code ApiKeyInLog} rule. */
public final class ApiKeyInLogCheck extends AuthlintCheck {
  public ApiKeyInLogCheck() {
    super("ApiKeyInLog");
  }
}
