package dev.authlint.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds provider keys by their published formats: distinctive ones in any text, plausible ones in a
 * value kept where a key is expected.
 */
public final class KeyFormats {

  /** A key found in a text: where it starts and ends (offsets into the text), and its format. */
  public record Match(int start, int end, String value, Catalog.KeyFormat format) {}

  private static final String KEY_CHARS = "A-Za-z0-9_-";

  /**
   * Real keys are random; a body with less entropy than this (bits per character) is a made-up one.
   */
  private static final double MIN_ENTROPY = 3.0;

  /** The OpenAI watermark repeats in every key, so it says nothing about randomness. */
  private static final String OPENAI_MARKER = "T3BlbkFJ";

  /**
   * Runs of one character or counting ("aaaaaa", "123456", "abcdef"), which random keys hardly ever
   * hold; Azure's key signature holds five A's.
   */
  private static final int MAX_RUN = 6;

  /**
   * {@code name = "value"}, {@code name: value}, {@code "name", "value"} (a header or map entry),
   * with an optional {@code ${VAR:} } or Bearer before the value. The name starts at a word's start
   * and never gives characters back, so long lines stay linear.
   */
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]*+)"
              + "(?:[\"']?\\s*[:=]|[\"']\\s*,)\\s*"
              + "(?:\\$\\{[^:}\\s]+:)?[\"']?(?:(?i:bearer)\\s+)?"
              + "([A-Za-z0-9_-]{32,})(?![A-Za-z0-9_-])");

  /** A comment line that holds one word and nothing else: {@code // sk-…}, {@code # sk-…}. */
  private static final Pattern LONE_COMMENT_WORD =
      Pattern.compile(
          "(?m)^[ \\t]*(?://+|#+|/?\\*+|--)[ \\t]*([A-Za-z0-9_-]{32,})[ \\t]*(?:\\*/)?[ \\t]*$");

  private record Compiled(
      Catalog.KeyFormat format,
      Pattern pattern,
      List<Pattern> requires,
      Pattern context,
      Pattern contextInText) {}

  private final List<Compiled> distinctive = new ArrayList<>();
  private final List<Compiled> plausible = new ArrayList<>();
  private final List<String> distinctivePrefixes;

  public KeyFormats(Catalog catalog) {
    for (Catalog.KeyFormat format : catalog.keyFormats()) {
      Compiled compiled =
          new Compiled(
              format,
              Pattern.compile(
                  "(?<![" + KEY_CHARS + "])" + format.pattern() + "(?![" + KEY_CHARS + "])"),
              format.requires().stream().map(Pattern::compile).toList(),
              format.context() == null ? null : Pattern.compile(format.context()),
              format.context() == null
                  ? null
                  : Pattern.compile(format.context(), Pattern.CASE_INSENSITIVE));
      (format.distinctive() ? distinctive : plausible).add(compiled);
    }
    distinctivePrefixes =
        distinctive.stream()
            .map(c -> c.format().prefix())
            .filter(p -> !p.isEmpty())
            .distinct()
            .toList();
  }

  /**
   * Whether Java source may hold a key in a string literal: a literal that starts like a
   * distinctive key (perhaps the head of one joined from constants), or a literal that is, perhaps
   * after "Bearer ", a whole value in a plausible format. One pass over the text; only literals of
   * 32 key characters or more meet a regex.
   */
  public boolean mayHoldKeyLiteral(String text) {
    for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
      int start = quote + 1;
      if (startsLikeDistinctiveKey(text, start)) {
        return true;
      }
      if (text.regionMatches(true, start, "bearer ", 0, 7)) {
        start += 7;
      }
      int end = start;
      while (end < text.length() && isKeyChar(text.charAt(end))) {
        end++;
      }
      if (end - start >= 32
          && end < text.length()
          && text.charAt(end) == '"'
          && isPlausibleValue(text.substring(start, end), text)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds a literal that starts like a distinctive key with a prefix. */
  public boolean mayHoldKeyHead(String text) {
    for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
      if (startsLikeDistinctiveKey(text, quote + 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsLikeDistinctiveKey(String text, int at) {
    for (String prefix : distinctivePrefixes) {
      if (text.startsWith(prefix, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a value has a plausible format, as {@link #plausibleAt} would judge it where the place
   * that needs a name to say the provider is named somewhere in the text.
   */
  private boolean isPlausibleValue(String value, String text) {
    return plausible.stream().anyMatch(c -> isPlausible(c, value, c.contextInText(), text));
  }

  private static boolean isKeyChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }

  /**
   * Every key of a distinctive format in the text, in text order. Where formats overlap (an OpenAI
   * project key also matches the user-key format) the first format in the catalog wins. Made-up
   * keys of low entropy are left out.
   */
  public List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    for (Compiled c : distinctive) {
      if (!text.contains(c.format().marker())) {
        continue;
      }
      Matcher m = c.pattern().matcher(text);
      while (m.find()) {
        int start = m.start();
        if (found.stream().noneMatch(f -> f.start() == start) && looksRandom(m.group(), c)) {
          found.add(new Match(start, m.end(), m.group(), c.format()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Match::start));
    return found;
  }

  /**
   * The plausible format a whole value has, where a place named {@code placeName} keeps it: a key
   * sink, or a variable, field, property or map entry whose name says key. Distinctive formats are
   * left to {@link #find}.
   */
  public Optional<Match> plausibleAt(String value, String placeName) {
    String name = Catalog.relaxedPropertyName(placeName);
    for (Compiled c : plausible) {
      if (isPlausible(c, value, c.context(), name)) {
        return Optional.of(new Match(0, value.length(), value, c.format()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a whole value has a plausible format, where the provider word the format needs (if any)
   * is found in {@code where}.
   */
  private static boolean isPlausible(Compiled c, String value, Pattern context, String where) {
    return c.pattern().matcher(value).matches()
        && (context == null || context.matcher(where).find())
        && looksRandom(value, c);
  }

  /**
   * Values in a plausible format assigned on one line to a name that says key, the way code and
   * settings keep them ({@code apiKey = "sk-…"}, {@code llm.api-key: sk-…}, {@code
   * DEEPSEEK_API_KEY=sk-…}), for text that cannot be parsed, such as old versions of files in a
   * repository's history.
   */
  public List<Match> findAssigned(String text) {
    List<Match> found = new ArrayList<>();
    Matcher m = ASSIGNMENT.matcher(text);
    int searchedTo = 0;
    int run = 0;
    // Only lines holding a run of key characters as long as the shortest plausible key are
    // searched.
    for (int i = 0; i < text.length(); i++) {
      run = isKeyChar(text.charAt(i)) ? run + 1 : 0;
      if (run < 32 || i < searchedTo) {
        continue;
      }
      int lineEnd = text.indexOf('\n', i);
      searchedTo = lineEnd < 0 ? text.length() : lineEnd;
      m.region(text.lastIndexOf('\n', i) + 1, searchedTo);
      while (m.find()) {
        // A value in a distinctive format is found by find(): not twice.
        if (KeyNames.isKeyName(m.group(1)) && find(m.group(2)).isEmpty()) {
          int start = m.start(2);
          plausibleAt(m.group(2), m.group(1))
              .ifPresent(
                  k ->
                      found.add(
                          new Match(start, start + k.value().length(), k.value(), k.format())));
        }
      }
    }
    return found;
  }

  /**
   * Values in a plausible format with a prefix ({@code sk-} and 32 hex) kept alone on a comment
   * line, the way a key is parked next to the code that once used it. Formats without a prefix (32
   * hex) are hashes as often as keys, so they need a name that says key.
   */
  public List<Match> findInLoneComments(String text) {
    List<Match> found = new ArrayList<>();
    if (plausible.stream()
        .noneMatch(c -> !c.format().prefix().isEmpty() && text.contains(c.format().prefix()))) {
      return found;
    }
    Matcher m = LONE_COMMENT_WORD.matcher(text);
    while (m.find()) {
      String word = m.group(1);
      for (Compiled c : plausible) {
        if (!c.format().prefix().isEmpty()
            && c.pattern().matcher(word).matches()
            && looksRandom(word, c)
            && find(word).isEmpty()) {
          found.add(new Match(m.start(1), m.end(1), word, c.format()));
          break;
        }
      }
    }
    return found;
  }

  private static boolean looksRandom(String key, Compiled c) {
    String body = key.substring(c.format().prefix().length()).replace(OPENAI_MARKER, "");
    return entropy(body) >= MIN_ENTROPY
        && c.requires().stream().allMatch(r -> r.matcher(body).find())
        && !hasRun(body.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the text holds {@link #MAX_RUN} characters that repeat one character or count up or
   * down.
   */
  static boolean hasRun(String s) {
    int same = 1;
    int up = 1;
    int down = 1;
    for (int i = 1; i < s.length(); i++) {
      int step = s.charAt(i) - s.charAt(i - 1);
      same = step == 0 ? same + 1 : 1;
      up = step == 1 ? up + 1 : 1;
      down = step == -1 ? down + 1 : 1;
      if (same >= MAX_RUN || up >= MAX_RUN || down >= MAX_RUN) {
        return true;
      }
    }
    return false;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double bits = 0;
    for (int count : counts) {
      bits += term(count, s.length());
    }
    return bits + term(other, s.length());
  }

  private static double term(int count, int total) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / total;
    return -p * Math.log(p) / Math.log(2);
  }
}
