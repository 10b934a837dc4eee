package dev.authlint.eval;

import dev.authlint.eval.Judgement.Outcome;
import dev.authlint.eval.Manifest.Row;
import dev.authlint.eval.Manifest.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Judges authlint's findings against the manifests' rows, matching on (path, line, rule). */
public final class Scorer {
  private Scorer() {}

  /**
   * Scores each manifest against the findings on its repository. Every manifest needs an entry: a
   * repository that was not analysed is left out by the caller, not scored as having no finding.
   */
  public static Score score(
      Collection<Manifest> manifests,
      Map<String, ? extends Collection<Finding>> findingsByRepository) {
    List<Manifest> sorted =
        manifests.stream().sorted(Comparator.comparing(Manifest::repository)).toList();
    List<Judgement> judgements = new ArrayList<>();
    for (Manifest manifest : sorted) {
      Collection<Finding> findings = findingsByRepository.get(manifest.repository());
      if (findings == null) {
        throw new IllegalArgumentException("no findings given for " + manifest.repository());
      }
      judgements.addAll(judge(manifest, findings));
    }
    return new Score(sorted, judgements);
  }

  /** The judgements on one repository, by path, line and rule. */
  static List<Judgement> judge(Manifest manifest, Collection<Finding> findings) {
    Set<Finding> reported = new HashSet<>(findings); // one rule twice on a line counts once
    Set<Finding> judged = new HashSet<>();
    List<Judgement> judgements = new ArrayList<>();
    for (Row row : manifest.rows()) {
      Finding expected = row.finding();
      judged.add(expected);
      boolean found = reported.contains(expected);
      Outcome outcome;
      if (row.verdict() == Verdict.REPORT) {
        outcome = found ? Outcome.TRUE_POSITIVE : Outcome.FALSE_NEGATIVE;
      } else if (found) {
        outcome = Outcome.FALSE_POSITIVE;
      } else {
        continue; // quiet, and authlint kept quiet
      }
      judgements.add(new Judgement(manifest, expected, outcome, Optional.of(row)));
    }
    for (Finding finding : reported) {
      if (!judged.contains(finding)) {
        judgements.add(new Judgement(manifest, finding, Outcome.UNJUDGED, Optional.empty()));
      }
    }
    judgements.sort(Comparator.comparing(Judgement::finding));
    return judgements;
  }
}
