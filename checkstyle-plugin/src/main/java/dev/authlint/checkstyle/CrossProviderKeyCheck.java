package dev.authlint.checkstyle;

/**
 * A client of one provider is given another provider's key variable. Reports authlint's {@code CrossProviderKey} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class CrossProviderKeyCheck extends AuthlintCheck {
  public CrossProviderKeyCheck() {
    super("CrossProviderKey");
  }
}
