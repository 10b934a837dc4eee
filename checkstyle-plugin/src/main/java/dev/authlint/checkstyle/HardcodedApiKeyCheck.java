package dev.authlint.checkstyle;

/**
 * An LLM provider API key is written into source code or configuration. Reports authlint's {@code HardcodedApiKey} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class HardcodedApiKeyCheck extends AuthlintCheck {
  public HardcodedApiKeyCheck() {
    super("HardcodedApiKey");
  }
}
