package dev.authlint.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlint.eval.Judgement.Outcome;
import dev.authlint.eval.Manifest.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final String UNHANDLED = "UnhandledAuthError";
  private static final String HARDCODED = "HardcodedApiKey";

  @Test
  void matchesFindingsToRowsOnPathLineAndRule() {
    Manifest manifest =
        manifest(
            "o/app",
            Kind.APPLICATION,
            "openai-java",
            "A.java\t10\tUnhandledAuthError\treport\tfound",
            "A.java\t20\tUnhandledAuthError\treport\tmissed",
            "A.java\t30\tUnhandledAuthError\tquiet\treported anyway",
            "A.java\t40\tUnhandledAuthError\tquiet\tkept quiet");
    List<Finding> findings =
        List.of(
            new Finding("A.java", 10, UNHANDLED),
            new Finding("A.java", 30, UNHANDLED),
            new Finding("B.java", 10, UNHANDLED)); // same line, other file: not the row's

    Score score = Scorer.score(List.of(manifest), Map.of("o/app", findings));

    assertThat(outcomes(score))
        .containsExactly(
            "A.java:10 UnhandledAuthError TRUE_POSITIVE",
            "A.java:20 UnhandledAuthError FALSE_NEGATIVE",
            "A.java:30 UnhandledAuthError FALSE_POSITIVE",
            "B.java:10 UnhandledAuthError UNJUDGED")
        .inOrder();
    assertThat(score.count(j -> true)).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void findingOfAnotherRuleOnAJudgedLineIsUnjudged() {
    Manifest manifest =
        manifest("o/app", Kind.APPLICATION, "openai-java", "A.java\t10\tHardcodedApiKey\tquiet\tx");
    List<Finding> findings = List.of(new Finding("A.java", 10, UNHANDLED));

    Score score = Scorer.score(List.of(manifest), Map.of("o/app", findings));

    assertThat(outcomes(score)).containsExactly("A.java:10 UnhandledAuthError UNJUDGED");
    assertThat(score.listed(Outcome.UNJUDGED).get(0).toString())
        .isEqualTo("o/app A.java:10 UnhandledAuthError");
  }

  @Test
  void twoFindingsOfOneRuleOnALineCountOnce() {
    Manifest manifest =
        manifest(
            "o/app", Kind.APPLICATION, "openai-java", "A.java\t10\tHardcodedApiKey\treport\tx");
    List<Finding> findings =
        List.of(
            new Finding("A.java", 10, HARDCODED),
            new Finding("A.java", 10, HARDCODED),
            new Finding("A.java", 11, HARDCODED),
            new Finding("A.java", 11, HARDCODED));

    Score score = Scorer.score(List.of(manifest), Map.of("o/app", findings));

    assertThat(score.count(j -> true)).isEqualTo(new Counts(1, 0, 0, 1));
  }

  @Test
  void totalsPerKindAndPerRule() {
    Manifest app =
        manifest(
            "o/app",
            Kind.APPLICATION,
            "openai-java",
            "A.java\t1\tUnhandledAuthError\treport\tx",
            "A.java\t2\tUnhandledAuthError\treport\tx",
            "A.java\t3\tHardcodedApiKey\tquiet\tx");
    Manifest examples =
        manifest(
            "o/examples",
            Kind.SDK_EXAMPLES,
            "langchain4j-1.x",
            "E.java\t1\tUnhandledAuthError\treport\tx",
            "E.java\t2\tUnhandledAuthError\tquiet\tx");
    Map<String, List<Finding>> findings =
        Map.of(
            "o/app",
            List.of(new Finding("A.java", 1, UNHANDLED), new Finding("A.java", 3, HARDCODED)),
            "o/examples",
            List.of(new Finding("E.java", 1, UNHANDLED), new Finding("E.java", 2, UNHANDLED)));

    Score score = Scorer.score(List.of(examples, app), findings);

    assertThat(
            score.count(j -> j.rule().equals(UNHANDLED) && j.manifest().kind() == Kind.APPLICATION))
        .isEqualTo(new Counts(1, 0, 1, 0));
    assertThat(
            score.count(
                j -> j.rule().equals(UNHANDLED) && j.manifest().kind() == Kind.SDK_EXAMPLES))
        .isEqualTo(new Counts(1, 1, 0, 0));
    assertThat(score.count(j -> j.rule().equals(UNHANDLED))).isEqualTo(new Counts(2, 1, 1, 0));
    assertThat(score.count(j -> true)).isEqualTo(new Counts(2, 2, 1, 0));
    assertThat(score.rules()).containsExactly(HARDCODED, UNHANDLED).inOrder();
    // Repositories in name order, whatever order they came in.
    assertThat(score.manifests()).containsExactly(app, examples).inOrder();
  }

  @Test
  void aRepositoryCountsForEachOfItsSdkTags() {
    Manifest both =
        manifest(
            "o/both",
            Kind.APPLICATION,
            "openai-java ollama",
            "A.java\t1\tUnhandledAuthError\treport\tx");
    Manifest local =
        manifest("o/local", Kind.APPLICATION, "ollama", "L.java\t1\tUnhandledAuthError\tquiet\tx");
    Map<String, List<Finding>> findings =
        Map.of(
            "o/both", List.of(new Finding("A.java", 1, UNHANDLED)),
            "o/local", List.of(new Finding("L.java", 1, UNHANDLED)));

    Score score = Scorer.score(List.of(both, local), findings);

    assertThat(score.sdkTags()).containsExactly("ollama", "openai-java").inOrder();
    assertThat(score.count(j -> j.manifest().sdks().contains("openai-java")))
        .isEqualTo(new Counts(1, 0, 0, 0));
    assertThat(score.count(j -> j.manifest().sdks().contains("ollama")))
        .isEqualTo(new Counts(1, 1, 0, 0));
  }

  @Test
  void precisionAndRecall() {
    Counts counts = new Counts(3, 1, 2, 5);

    assertThat(counts.precision()).isEqualTo(OptionalDouble.of(0.75));
    assertThat(counts.recall()).isEqualTo(OptionalDouble.of(0.6));
    assertThat(Counts.NONE.precision()).isEqualTo(OptionalDouble.empty());
    assertThat(new Counts(0, 0, 4, 0).recall()).isEqualTo(OptionalDouble.of(0));
  }

  @Test
  void aManifestWithoutFindingsIsNotScoredAsSilent() {
    Manifest manifest =
        manifest("o/app", Kind.APPLICATION, "openai-java", "A.java\t1\tHardcodedApiKey\treport\tx");

    assertThrows(IllegalArgumentException.class, () -> Scorer.score(List.of(manifest), Map.of()));
  }

  static Manifest manifest(String repository, Kind kind, String sdks, String... rows) {
    List<String> lines = new ArrayList<>();
    lines.add("# repository: " + repository);
    lines.add("# commit: 0123456789abcdef0123456789abcdef01234567");
    lines.add("# kind: " + kind.label());
    lines.add("# sdks: " + sdks);
    lines.addAll(List.of(rows));
    return ManifestReader.parse(Manifest.fileStem(repository) + ".tsv", lines);
  }

  private static List<String> outcomes(Score score) {
    return score.judgements().stream().map(j -> j.finding() + " " + j.outcome()).toList();
  }
}
