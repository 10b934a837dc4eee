package dev.authlint.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds provider keys (by their published formats) in any text. */
public final class KeyFormats {

  /** A key found in a text: where it starts and ends (offsets into the text), and its format. */
  public record Match(int start, int end, String value, Catalog.KeyFormat format) {}

  private static final String KEY_CHARS = "A-Za-z0-9_-";
  /** Real keys are random; a body with less entropy than this (bits per character) is a made-up one. */
  private static final double MIN_ENTROPY = 3.0;

  private final List<Catalog.KeyFormat> formats;
  private final List<Pattern> patterns = new ArrayList<>();

  public KeyFormats(Catalog catalog) {
    this.formats = catalog.keyFormats();
    for (Catalog.KeyFormat format : formats) {
      patterns.add(
          Pattern.compile("(?<![" + KEY_CHARS + "])" + format.pattern() + "(?![" + KEY_CHARS + "])"));
    }
  }

  /** Cheap test that rules out almost every file before any regex runs. */
  public static boolean mayContainKey(CharSequence text) {
    return text.toString().contains("sk-");
  }

  /**
   * Every key in the text, in text order. Where formats overlap (an OpenAI project key also matches the
   * user-key format) the first format in the catalog wins. Made-up keys of low entropy are left out.
   */
  public List<Match> find(String text) {
    if (!mayContainKey(text)) {
      return List.of();
    }
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      Matcher m = patterns.get(i).matcher(text);
      while (m.find()) {
        int start = m.start();
        if (found.stream().noneMatch(f -> f.start() == start) && looksRandom(m.group())) {
          found.add(new Match(start, m.end(), m.group(), formats.get(i)));
        }
      }
    }
    found.sort(Comparator.comparingInt(Match::start));
    return found;
  }

  private static boolean looksRandom(String key) {
    String body = key.replace("T3BlbkFJ", "");
    body = body.substring(Math.min(body.length(), body.indexOf('-', 3) + 1));
    return entropy(body) >= MIN_ENTROPY;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (char c : s.toCharArray()) {
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
