package dev.authlint.checkstyle;

/** A client of one provider given another provider's key variable. Reports authlint's {@code CrossProviderKey} rule. */
public final class CrossProviderKeyCheck extends AuthlintCheck {
  public CrossProviderKeyCheck() {
    super("CrossProviderKey");
  }
}
