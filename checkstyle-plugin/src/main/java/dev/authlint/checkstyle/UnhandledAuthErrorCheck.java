package dev.authlint.checkstyle;

/**
 * An LLM SDK call whose authentication failure (HTTP 401) nothing handles. Reports authlint's {@code UnhandledAuthError} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class UnhandledAuthErrorCheck extends AuthlintCheck {
  public UnhandledAuthErrorCheck() {
    super("UnhandledAuthError");
  }
}
