package dev.authlint.checkstyle;

/** A key read from a near miss of a variable or property name the SDKs read. Reports authlint's {@code MisspelledKeyVariable} rule. */
public final class MisspelledKeyVariableCheck extends AuthlintCheck {
  public MisspelledKeyVariableCheck() {
    super("MisspelledKeyVariable");
  }
}
