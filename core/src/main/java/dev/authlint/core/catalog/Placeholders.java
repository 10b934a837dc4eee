package dev.authlint.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Values that stand in for a key in documentation, samples, tests and configuration templates, told
 * by their shape rather than by words of one language: keys are random runs of ASCII letters and
 * digits, while stand-ins are words ("your-key-here", "Insira sua chave aqui", "您的密钥"), templates
 * ({@code ${VAR}}, {@code <key>}, {@code {azure-key}}), elisions ({@code sk-...}, {@code xxxx}) or
 * too short or too regular to be random. A value in a real key format is never asked: its format
 * wins.
 */
public final class Placeholders {
  private Placeholders() {}

  /** Keys are longer than this; "demo", "abc", "sk-1234" are not. */
  private static final int MIN_LENGTH = 8;

  /** Spring and shell templates, mustache, angle or curly brackets, printf. */
  private static final Pattern TEMPLATE =
      Pattern.compile(
          ".*(\\$\\{|\\{\\{|#\\{|<[^>]*>|\\{[^}]*}|%s|\\$[A-Za-z_][A-Za-z0-9_]*).*",
          Pattern.DOTALL);

  /** Elisions and masks: "...", "…", "xxxx", "****". */
  private static final Pattern ELIDED =
      Pattern.compile(".*(\\.\\.\\.|…|(?i:xxxx)|\\*\\*\\*).*", Pattern.DOTALL);

  private static final Pattern BEARER = Pattern.compile("^(?i)bearer\\s+");

  /** Where a value splits into words: separators and camelCase humps. */
  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

  /** A word: letters in one case (or capitalised), or a number. */
  private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+|[0-9]+");

  /** Random values of key length have more than this entropy (bits per character). */
  private static final double MIN_ENTROPY = 2.5;

  /** Whether a literal is a stand-in rather than a key. */
  public static boolean isPlaceholder(String value) {
    String v = BEARER.matcher(value.strip()).replaceFirst("");
    return v.length() < MIN_LENGTH
        || !v.chars().allMatch(c -> c > ' ' && c < 127)
        || TEMPLATE.matcher(v).matches()
        || ELIDED.matcher(v).matches()
        || isWords(v)
        || KeyFormats.entropy(v) < MIN_ENTROPY
        || KeyFormats.hasRun(v.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a value is made of words: every piece is letters in one case (or capitalised) or a
   * number, and capitalised pieces are word-long, since random mixed-case text splits into one- or
   * two-letter humps ("QpWmZx").
   */
  private static boolean isWords(String v) {
    List<String> pieces = Stream.of(WORD_BREAK.split(v)).filter(p -> !p.isEmpty()).toList();
    if (pieces.isEmpty() || !pieces.stream().allMatch(p -> WORD.matcher(p).matches())) {
      return false;
    }
    return pieces.stream()
            .filter(
                p ->
                    p.length() > 1
                        && Character.isUpperCase(p.charAt(0))
                        && Character.isLowerCase(p.charAt(1)))
            .mapToInt(String::length)
            .average()
            .orElse(3)
        >= 3;
  }
}
