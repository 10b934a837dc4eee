package dev.authlint.checkstyle;

/** A retry loop, recursive retry or retry policy that retries the authentication failure. Reports authlint's {@code RetriesAuthError} rule. */
public final class RetriesAuthErrorCheck extends AuthlintCheck {
  public RetriesAuthErrorCheck() {
    super("RetriesAuthError");
  }
}
