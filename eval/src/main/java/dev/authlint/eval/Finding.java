package dev.authlint.eval;

import java.util.Comparator;

/**
 * What the scorer compares: a rule reported (or expected) on a line of a file. Two findings of one
 * rule on the same line are the same {@code Finding}, so they count once.
 */
public record Finding(String path, int line, String rule) implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::rule);

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /** {@code path:line Rule}, as the listings show it. */
  @Override
  public String toString() {
    return path + ":" + line + " " + rule;
  }
}
