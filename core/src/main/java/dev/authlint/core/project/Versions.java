package dev.authlint.core.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version strings the way Maven does for the versions SDKs publish: numbers compare as
 * numbers, and a qualifier comes before the release it qualifies ({@code 1.0.0-alpha1 < 1.0.0-beta2
 * < 1.0.0-M1 < 1.0.0-RC1 < 1.0.0-SNAPSHOT < 1.0.0}).
 */
public final class Versions {
  private Versions() {}

  private static final Pattern PART = Pattern.compile("(\\d+)|([A-Za-z]+)");
  private static final List<String> QUALIFIERS =
      List.of("alpha", "beta", "m", "milestone", "rc", "cr", "snapshot");

  public static final Comparator<String> ORDER = Versions::compare;

  /** Whether {@code version} comes before {@code bound}. */
  public static boolean isBefore(String version, String bound) {
    return compare(version, bound) < 0;
  }

  static int compare(String a, String b) {
    List<Comparable<?>> x = parts(a);
    List<Comparable<?>> y = parts(b);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      int order = compare(i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** A missing part is a release: after any qualifier, equal to zero, before any other number. */
  private static int compare(Comparable<?> a, Comparable<?> b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (a instanceof Long x) {
      return b == null ? Long.compare(x, 0) : 1;
    }
    if (b instanceof Long y) {
      return a == null ? Long.compare(0, y) : -1;
    }
    return Integer.compare(rank(a), rank(b));
  }

  /** Qualifiers in release order; unknown words after them, a release (no part) last. */
  private static int rank(Comparable<?> qualifier) {
    if (qualifier == null) {
      return QUALIFIERS.size() + 1;
    }
    int known = QUALIFIERS.indexOf(qualifier.toString());
    return known >= 0 ? known : QUALIFIERS.size();
  }

  private static List<Comparable<?>> parts(String version) {
    List<Comparable<?>> parts = new ArrayList<>();
    Matcher m = PART.matcher(version.toLowerCase(Locale.ROOT));
    while (m.find()) {
      parts.add(
          m.group(1) != null ? (Comparable<?>) Long.parseLong(trimmed(m.group(1))) : m.group(2));
    }
    return parts;
  }

  /** Long enough for any real version part, and never a NumberFormatException on a silly one. */
  private static String trimmed(String digits) {
    return digits.length() > 18 ? digits.substring(0, 18) : digits;
  }
}
