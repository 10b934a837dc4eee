package dev.authlint.core.catalog;

/**
 * The only way a secret value reaches a message: a short prefix and the length, never the whole
 * value.
 */
public final class Redaction {
  private Redaction() {}

  /** A key of a known format: its format prefix only, e.g. {@code sk-proj-… (164 chars)}. */
  public static String key(KeyFormats.Match match) {
    return match.format().prefix() + "… (" + match.value().length() + " chars)";
  }

  /**
   * Any other secret: at most four characters, and fewer for short values, e.g. {@code "ab…" (12
   * chars)}.
   */
  public static String literal(String value) {
    int shown = Math.min(4, value.length() / 4);
    return "\"" + value.substring(0, shown) + "…\" (" + value.length() + " chars)";
  }

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("\"([^\"]{9,})\"");
  private static final KeyFormats KEYS = new KeyFormats(Catalog.defaults());

  /**
   * Makes a message from elsewhere (a parser error, an exception) safe to print: keys and quoted
   * strings longer than eight characters, which may be keys, are shortened as {@link #literal}
   * does.
   */
  public static String sanitize(String message) {
    String safe = message;
    for (KeyFormats.Match key : KEYS.find(safe)) {
      safe = safe.replace(key.value(), key(key));
    }
    java.util.regex.Matcher m = QUOTED.matcher(safe);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(literal(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
