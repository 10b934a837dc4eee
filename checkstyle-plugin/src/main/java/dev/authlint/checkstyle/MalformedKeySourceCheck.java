package dev.authlint.checkstyle;

/**
 * A key reaches a client with a trailing line break, or as an unresolved or miswritten placeholder. Reports authlint's {@code MalformedKeySource} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class MalformedKeySourceCheck extends AuthlintCheck {
  public MalformedKeySourceCheck() {
    super("MalformedKeySource");
  }
}
