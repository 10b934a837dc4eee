package dev.authlint.checkstyle;

/** An LLM provider API key written into source code or configuration. Reports authlint's {@code HardcodedApiKey} rule. */
public final class HardcodedApiKeyCheck extends AuthlintCheck {
  public HardcodedApiKeyCheck() {
    super("HardcodedApiKey");
  }
}
