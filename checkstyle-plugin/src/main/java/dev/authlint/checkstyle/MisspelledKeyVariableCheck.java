package dev.authlint.checkstyle;

/**
 * A key is read from an environment variable or property whose name is a near miss of the one the SDKs read. Reports authlint's {@code MisspelledKeyVariable} rule.
 *
 * <p>Generated from the rule's descriptor by GeneratedChecksTest.
 */
public final class MisspelledKeyVariableCheck extends AuthlintCheck {
  public MisspelledKeyVariableCheck() {
    super("MisspelledKeyVariable");
  }
}
