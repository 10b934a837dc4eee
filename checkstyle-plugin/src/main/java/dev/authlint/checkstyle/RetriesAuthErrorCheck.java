package dev.authlint.checkstyle;

/**
 * A retry loop, recursive retry or retry policy retries the authentication failure (HTTP 401). Reports authlint's {@code RetriesAuthError} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class RetriesAuthErrorCheck extends AuthlintCheck {
  public RetriesAuthErrorCheck() {
    super("RetriesAuthError");
  }
}
