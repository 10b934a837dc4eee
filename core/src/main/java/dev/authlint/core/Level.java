package dev.authlint.core;

import java.util.Locale;

/** How serious a finding is. The names are the ones SARIF and Checkstyle use. */
public enum Level {
  WARNING,
  ERROR;

  public String lowerCase() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Level parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
