package dev.authlint.checkstyle;

/**
 * An API key is written unmasked to a log, to standard output or into an exception message. Reports authlint's {@code ApiKeyInLog} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class ApiKeyInLogCheck extends AuthlintCheck {
  public ApiKeyInLogCheck() {
    super("ApiKeyInLog");
  }
}
