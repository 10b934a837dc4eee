package dev.authlint.checkstyle;

/** An API key written (system property, dotenv, environment) after the client that reads it was built. Reports authlint's {@code KeySetAfterClientInit} rule. */
public final class KeySetAfterClientInitCheck extends AuthlintCheck {
  public KeySetAfterClientInitCheck() {
    super("KeySetAfterClientInit");
  }
}
