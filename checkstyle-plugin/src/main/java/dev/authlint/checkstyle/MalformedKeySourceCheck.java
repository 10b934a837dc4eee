package dev.authlint.checkstyle;

/** A key read from a file without strip(), or an unresolved ${..} placeholder passed as the key. Reports authlint's {@code MalformedKeySource} rule. */
public final class MalformedKeySourceCheck extends AuthlintCheck {
  public MalformedKeySourceCheck() {
    super("MalformedKeySource");
  }
}
