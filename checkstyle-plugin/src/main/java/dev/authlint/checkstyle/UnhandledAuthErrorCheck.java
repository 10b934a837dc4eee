package dev.authlint.checkstyle;

/** An SDK call whose authentication failure (HTTP 401) nothing handles. Reports authlint's {@code UnhandledAuthError} rule. */
public final class UnhandledAuthErrorCheck extends AuthlintCheck {
  public UnhandledAuthErrorCheck() {
    super("UnhandledAuthError");
  }
}
