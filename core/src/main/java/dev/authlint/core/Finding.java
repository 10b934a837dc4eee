package dev.authlint.core;

import dev.authlint.core.catalog.Redaction;
import java.util.Comparator;

/**
 * One problem found in one file. Positions are 1-based; {@code column} counts a tab as one
 * character. The message never holds a full key (see {@link Redaction}).
 */
public record Finding(
    String ruleId,
    Level level,
    String path,
    int line,
    int column,
    int endLine,
    int endColumn,
    String message,
    String fingerprint) {

  /** Report order: by path, line, column, rule; the same whatever the thread count. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);
}
