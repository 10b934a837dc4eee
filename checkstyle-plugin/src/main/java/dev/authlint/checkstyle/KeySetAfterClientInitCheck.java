package dev.authlint.checkstyle;

/**
 * An API key is written where or when the client that needs it can no longer read it. Reports authlint's {@code KeySetAfterClientInit} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class KeySetAfterClientInitCheck extends AuthlintCheck {
  public KeySetAfterClientInitCheck() {
    super("KeySetAfterClientInit");
  }
}
