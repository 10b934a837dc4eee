package dev.authlint.eval;

import dev.authlint.eval.Judgement.Outcome;
import dev.authlint.eval.Manifest.Kind;
import dev.authlint.eval.Manifest.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The score as plain text: tables per rule, per SDK and per repository, then what went wrong. */
public final class ScoreReport {
  /** The rule whose figures are also given per SDK: the one whose truth depends on the SDK. */
  static final String RULE_BY_SDK = "UnhandledAuthError";

  private static final String[] COUNT_COLUMNS = {
    "TP", "FP", "FN", "unjudged", "precision", "recall"
  };

  private ScoreReport() {}

  public static String render(Score score, List<String> notScored) {
    StringBuilder text = new StringBuilder();
    int unjudged = score.count(j -> true).unjudged();
    text.append(
        String.format(
            Locale.ROOT,
            "Repositories scored: %d (%d application, %d sdk-examples); rows: %d; unjudged"
                + " findings: %d\n",
            score.manifests().size(),
            score.manifests().stream().filter(m -> m.kind() == Kind.APPLICATION).count(),
            score.manifests().stream().filter(m -> m.kind() == Kind.SDK_EXAMPLES).count(),
            score.rowCount(row -> true),
            unjudged));
    if (!notScored.isEmpty()) {
      text.append("Not scored, no report: ")
          .append(String.join(" ", notScored.stream().sorted().toList()))
          .append('\n');
    }
    if (score.manifests().isEmpty()) {
      return text.toString();
    }
    if (unjudged > 0) {
      text.append("Judge the unjudged findings in the manifests before quoting these figures.\n");
    }

    for (String rule : score.rules()) {
      long report =
          score.rowCount(row -> row.rule().equals(rule) && row.verdict() == Verdict.REPORT);
      long quiet = score.rowCount(row -> row.rule().equals(rule) && row.verdict() == Verdict.QUIET);
      text.append(
          String.format(Locale.ROOT, "\n%s (rows: %d report, %d quiet)\n", rule, report, quiet));
      text.append(byKind(score, j -> j.rule().equals(rule)));
    }
    text.append("\nAll rules\n").append(byKind(score, j -> true));

    text.append("\n")
        .append(RULE_BY_SDK)
        .append(" by SDK (a repository counts for each of its SDKs)\n");
    TextTable sdks = new TextTable(1, header("sdk", "repositories"));
    for (String tag : score.sdkTags()) {
      long repositories = score.manifests().stream().filter(m -> m.sdks().contains(tag)).count();
      Counts counts =
          score.count(j -> j.rule().equals(RULE_BY_SDK) && j.manifest().sdks().contains(tag));
      sdks.row(cells(counts, tag, repositories));
    }
    text.append(sdks);

    text.append("\nRepositories\n");
    TextTable repositories = new TextTable(2, "repository", "kind", "TP", "FP", "FN", "unjudged");
    for (Manifest manifest : score.manifests()) {
      Counts c = score.count(j -> j.manifest() == manifest);
      repositories.row(
          manifest.repository(),
          manifest.kind().label(),
          c.truePositives(),
          c.falsePositives(),
          c.falseNegatives(),
          c.unjudged());
    }
    text.append(repositories);

    listing(text, "False positives", score.listed(Outcome.FALSE_POSITIVE));
    listing(text, "False negatives", score.listed(Outcome.FALSE_NEGATIVE));
    listing(text, "Unjudged findings", score.listed(Outcome.UNJUDGED));
    return text.toString();
  }

  /** Rows application, sdk-examples and all, over the judgements {@code which} selects. */
  private static TextTable byKind(Score score, Predicate<Judgement> which) {
    TextTable table = new TextTable(1, header("kind"));
    for (Kind kind : Kind.values()) {
      table.row(cells(score.count(which.and(j -> j.manifest().kind() == kind)), kind.label()));
    }
    return table.row(cells(score.count(which), "all"));
  }

  private static String[] header(String... leading) {
    return Stream.concat(Arrays.stream(leading), Arrays.stream(COUNT_COLUMNS))
        .toArray(String[]::new);
  }

  private static Object[] cells(Counts c, Object... leading) {
    Stream<Object> counts =
        Stream.of(
            c.truePositives(),
            c.falsePositives(),
            c.falseNegatives(),
            c.unjudged(),
            percent(c.precision()),
            percent(c.recall()));
    return Stream.concat(Arrays.stream(leading), counts).toArray();
  }

  static String percent(OptionalDouble ratio) {
    return ratio.isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", 100 * ratio.getAsDouble())
        : "n/a";
  }

  private static void listing(StringBuilder text, String title, List<Judgement> judgements) {
    text.append(String.format(Locale.ROOT, "\n%s (%d)\n", title, judgements.size()));
    judgements.forEach(j -> text.append(j).append('\n'));
  }
}
