package dev.authlint.eval;

import dev.authlint.eval.Judgement.Outcome;
import dev.authlint.eval.Manifest.Row;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The judgements of the scored repositories, and the totals over any group of them. */
public record Score(List<Manifest> manifests, List<Judgement> judgements) {
  public Score {
    manifests = List.copyOf(manifests);
    judgements = List.copyOf(judgements);
  }

  public Counts count(Predicate<Judgement> which) {
    Counts counts = Counts.NONE;
    for (Judgement judgement : judgements) {
      if (which.test(judgement)) {
        counts = counts.plus(judgement.outcome());
      }
    }
    return counts;
  }

  /** The judgements with this outcome, by repository, path, line and rule. */
  public List<Judgement> listed(Outcome outcome) {
    return judgements.stream().filter(j -> j.outcome() == outcome).toList();
  }

  /** Every rule that a row names or that authlint reported, in name order. */
  public SortedSet<String> rules() {
    SortedSet<String> rules = new TreeSet<>();
    manifests.forEach(m -> m.rows().forEach(row -> rules.add(row.rule())));
    judgements.forEach(j -> rules.add(j.rule()));
    return rules;
  }

  public SortedSet<String> sdkTags() {
    SortedSet<String> tags = new TreeSet<>();
    manifests.forEach(m -> tags.addAll(m.sdks()));
    return tags;
  }

  /** The scored manifests' rows that {@code which} selects, quiet rows left quiet included. */
  public long rowCount(Predicate<Row> which) {
    return manifests.stream().flatMap(m -> m.rows().stream()).filter(which).count();
  }
}
