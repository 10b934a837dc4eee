package dev.authlint.core.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** Values that stand in for a key in documentation, samples and configuration templates. */
public final class Placeholders {
  private Placeholders() {}

  private static final Pattern TEMPLATE =
      Pattern.compile(".*(\\$\\{.*}|\\{\\{.*}}|<[^>]*>|%s|\\$[A-Z_][A-Z0-9_]*).*", Pattern.DOTALL);
  private static final Pattern WORDS =
      Pattern.compile(
          ".*(your|example|placeholder|change.?me|replace|dummy|fake|test|demo|sample|redacted|insert|"
              + "todo|mock|invalid|not.?a.?real|here|secret|api.?key|token|none|null|xxx|\\.\\.\\.|…).*");
  /** What is left after a provider prefix: runs of one character, counting digits, or "abc…". */
  private static final Pattern FILLER =
      Pattern.compile("(.)\\1*|0?1234[0-9]*|abc[a-z]{0,4}|[*]+|[.]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROVIDER_PREFIX =
      Pattern.compile("^(sk-(ant-[a-z]+\\d*-|proj-|svcacct-|admin-)?|bearer\\s+)", Pattern.CASE_INSENSITIVE);

  /** Whether a literal is a stand-in rather than a key: empty, a template reference, or filler words. */
  public static boolean isPlaceholder(String value) {
    String v = value.strip();
    if (v.length() < 4) {
      return true;
    }
    if (TEMPLATE.matcher(v).matches()) {
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (WORDS.matcher(lower).matches()) {
      return true;
    }
    String body = PROVIDER_PREFIX.matcher(v).replaceFirst("");
    return body.isEmpty() || FILLER.matcher(body).matches();
  }
}
