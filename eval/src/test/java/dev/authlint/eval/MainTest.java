package dev.authlint.eval;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  @TempDir Path temp;
  private Path manifests;
  private Path reports;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeManifestsAndReports() throws IOException {
    manifests = Files.createDirectory(temp.resolve("manifest"));
    reports = Files.createDirectory(temp.resolve("reports"));
    manifest(
        "o/app",
        "application",
        "openai-java ollama",
        "src/A.java\t10\tUnhandledAuthError\treport\tno catch",
        "src/A.java\t20\tUnhandledAuthError\treport\tno catch either",
        "src/A.java\t30\tHardcodedApiKey\tquiet\ta placeholder");
    manifest(
        "o/examples",
        "sdk-examples",
        "langchain4j-1.x",
        "E.java\t5\tUnhandledAuthError\treport\tx");
    manifest("o/absent", "application", "other", "E.java\t5\tUnhandledAuthError\treport\tx");
    report(
        "o+app",
        finding("UnhandledAuthError", "src/A.java", 10),
        finding("HardcodedApiKey", "src/A.java", 30),
        finding("ApiKeyInLog", "src/B.java", 3));
    report(
        "o+examples",
        finding("UnhandledAuthError", "E.java", 5),
        finding("UnhandledAuthError", "E.java", 5));
  }

  @Test
  void printsTablesThenWhatWentWrong() {
    int exit = run(manifests.toString(), reports.toString());

    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(Main.DONE);
    assertThat(out.toString())
        .isEqualTo(
            """
            Repositories scored: 2 (1 application, 1 sdk-examples); rows: 4; unjudged findings: 1
            Not scored, no report: o/absent
            Judge the unjudged findings in the manifests before quoting these figures.

            ApiKeyInLog (rows: 0 report, 0 quiet)
            kind          TP  FP  FN  unjudged  precision  recall
            application    0   0   0         1        n/a     n/a
            sdk-examples   0   0   0         0        n/a     n/a
            all            0   0   0         1        n/a     n/a

            HardcodedApiKey (rows: 0 report, 1 quiet)
            kind          TP  FP  FN  unjudged  precision  recall
            application    0   1   0         0       0.0%     n/a
            sdk-examples   0   0   0         0        n/a     n/a
            all            0   1   0         0       0.0%     n/a

            UnhandledAuthError (rows: 3 report, 0 quiet)
            kind          TP  FP  FN  unjudged  precision  recall
            application    1   0   1         0     100.0%   50.0%
            sdk-examples   1   0   0         0     100.0%  100.0%
            all            2   0   1         0     100.0%   66.7%

            All rules
            kind          TP  FP  FN  unjudged  precision  recall
            application    1   1   1         1      50.0%   50.0%
            sdk-examples   1   0   0         0     100.0%  100.0%
            all            2   1   1         1      66.7%   66.7%

            UnhandledAuthError by SDK (a repository counts for each of its SDKs)
            sdk              repositories  TP  FP  FN  unjudged  precision  recall
            langchain4j-1.x             1   1   0   0         0     100.0%  100.0%
            ollama                      1   1   0   1         0     100.0%   50.0%
            openai-java                 1   1   0   1         0     100.0%   50.0%

            Repositories
            repository  kind          TP  FP  FN  unjudged
            o/app       application    1   1   1         1
            o/examples  sdk-examples   1   0   0         0

            False positives (1)
            o/app src/A.java:30 HardcodedApiKey [quiet: a placeholder]

            False negatives (1)
            o/app src/A.java:20 UnhandledAuthError [report: no catch either]

            Unjudged findings (1)
            o/app src/B.java:3 ApiKeyInLog
            """);
  }

  @Test
  void withoutReportsNothingIsScored() throws IOException {
    Path noReports = Files.createDirectory(temp.resolve("none"));

    int exit = run(manifests.toString(), noReports.toString());

    assertThat(exit).isEqualTo(Main.DONE);
    assertThat(out.toString())
        .isEqualTo(
            """
            Repositories scored: 0 (0 application, 0 sdk-examples); rows: 0; unjudged findings: 0
            Not scored, no report: o/absent o/app o/examples
            """);
  }

  @Test
  void listsTheManifestsForTheScript() throws IOException {
    Files.writeString(
        manifests.resolve("o+roots.tsv"),
        String.join(
            "\n",
            "# repository: o/roots",
            "# commit: " + COMMIT,
            "# kind: application",
            "# sdks: other",
            "# roots: a b/c.java"));

    int exit = run("--list", manifests.toString());

    assertThat(exit).isEqualTo(Main.DONE);
    assertThat(out.toString())
        .isEqualTo(
            String.join(
                "",
                "o/absent\t" + COMMIT + "\t.\n",
                "o/app\t" + COMMIT + "\t.\n",
                "o/examples\t" + COMMIT + "\t.\n",
                "o/roots\t" + COMMIT + "\ta b/c.java\n"));
  }

  @Test
  void badInputIsReportedWithExitCode2() throws IOException {
    Files.writeString(reports.resolve("o+app.json"), "{}");

    int exit = run(manifests.toString(), reports.toString());

    assertThat(exit).isEqualTo(Main.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "authlint-eval: "
                + reports.resolve("o+app.json")
                + ": no findings array; is it authlint's JSON report?"
                + System.lineSeparator());
  }

  @Test
  void wrongArgumentsPrintTheUsage() {
    assertThat(run(manifests.toString())).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).startsWith("usage: authlint-eval MANIFESTS_DIR REPORTS_DIR");
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private void manifest(String repository, String kind, String sdks, String... rows)
      throws IOException {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "# repository: " + repository,
                "# commit: " + COMMIT,
                "# kind: " + kind,
                "# sdks: " + sdks,
                "path\tline\trule\tverdict\twhy"));
    lines.addAll(List.of(rows));
    Files.write(manifests.resolve(Manifest.fileStem(repository) + ".tsv"), lines);
  }

  private void report(String stem, String... findings) throws IOException {
    Files.writeString(
        reports.resolve(stem + ".json"),
        "{\"findings\": [" + String.join(",", findings) + "], \"diagnostics\": []}");
  }

  private static String finding(String rule, String path, int line) {
    return String.format(
        "{\"ruleId\": \"%s\", \"level\": \"warning\", \"path\": \"%s\", \"line\": %d}",
        rule, path, line);
  }
}
