package dev.authlint.eval;

import dev.authlint.eval.Manifest.Row;
import java.util.Optional;

/**
 * The outcome on one (path, line, rule) of a repository: a row authlint found or missed, or a
 * finding no row judges ({@code row} is then empty). A {@code quiet} row left quiet is no
 * judgement.
 */
public record Judgement(Manifest manifest, Finding finding, Outcome outcome, Optional<Row> row) {

  public enum Outcome {
    /** A finding on a {@code report} row. */
    TRUE_POSITIVE,
    /** A finding on a {@code quiet} row. */
    FALSE_POSITIVE,
    /** A {@code report} row without a finding. */
    FALSE_NEGATIVE,
    /** A finding on a line with no row for its rule. */
    UNJUDGED
  }

  public String repository() {
    return manifest.repository();
  }

  public String rule() {
    return finding.rule();
  }

  /** {@code owner/name path:line Rule [verdict: why]}, as the listings show it. */
  @Override
  public String toString() {
    String judged = row.map(r -> " [" + r.verdict().label() + ": " + r.why() + "]").orElse("");
    return repository() + " " + finding + judged;
  }
}
