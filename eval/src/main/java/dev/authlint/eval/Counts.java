package dev.authlint.eval;

import dev.authlint.eval.Judgement.Outcome;
import java.util.OptionalDouble;

/** How many judgements of each outcome a group (a rule, a kind, an SDK, a repository) has. */
public record Counts(int truePositives, int falsePositives, int falseNegatives, int unjudged) {
  public static final Counts NONE = new Counts(0, 0, 0, 0);

  public Counts plus(Outcome outcome) {
    return new Counts(
        truePositives + (outcome == Outcome.TRUE_POSITIVE ? 1 : 0),
        falsePositives + (outcome == Outcome.FALSE_POSITIVE ? 1 : 0),
        falseNegatives + (outcome == Outcome.FALSE_NEGATIVE ? 1 : 0),
        unjudged + (outcome == Outcome.UNJUDGED ? 1 : 0));
  }

  /** TP / (TP + FP); empty when there is no finding on a judged row. */
  public OptionalDouble precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** TP / (TP + FN); empty when no row says {@code report}. */
  public OptionalDouble recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  private static OptionalDouble ratio(int part, int whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
