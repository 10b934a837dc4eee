package dev.authlint.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.core.SourceFile;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.SarifSchema;
import dev.authlint.core.testing.TestKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final String SINK_LITERAL =
      """
      import com.openai.client.okhttp.OpenAIOkHttpClient;
      class App {
        Object c = OpenAIOkHttpClient.builder().apiKey("prod-key-4f9c2a81d7").build();
      }
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String key;

  @BeforeEach
  void writeProject() throws IOException {
    key = new TestKeys(1).make("OPENAI_PROJECT_KEY");
    write("src/main/java/App.java", SINK_LITERAL);
    write("src/main/java/Keys.java", "class Keys { static final String K = \"" + key + "\"; }\n");
  }

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(dir.toString());
    return Main.run(
        all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void findingsExitOneAndPrintOneLineEach() {
    assertThat(run()).isEqualTo(Main.FINDINGS);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches(".*App\\.java:3:50: warning: HardcodedApiKey: .*");
    assertThat(lines.get(1))
        .matches(".*Keys\\.java:1:39: error: HardcodedApiKey: OpenAI project key .*");
    assertThat(err.toString()).contains("1 error, 1 warning in 2 files");
  }

  @Test
  void aSecondRunWithTheCacheReportsTheSameAndTheCacheHoldsNoKey() throws IOException {
    Path cache = dir.resolve("authlint-cache.json"); // inside the analysed folder: passed over
    assertThat(run("--cache", cache.toString())).isEqualTo(Main.FINDINGS);
    String first = out.toString();
    String firstErr = err.toString();
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);

    assertThat(run("--cache", cache.toString())).isEqualTo(Main.FINDINGS);

    assertThat(out.toString()).isEqualTo(first);
    assertThat(err.toString()).isEqualTo(firstErr);
    assertThat(Files.readString(cache)).doesNotContain(key);
  }

  @Test
  void aCacheThatCannotBeReadIsIgnoredWithOneLine() throws IOException {
    Path cache = dir.resolve("target/authlint-cache.json");
    write("target/authlint-cache.json", "not json");

    assertThat(run("--cache", cache.toString())).isEqualTo(Main.FINDINGS);

    assertThat(err.toString().lines().filter(l -> l.contains("ignoring the cache")).toList())
        .containsExactly(
            "authlint: ignoring the cache " + cache + ": it cannot be read (JsonParseException)");
    assertThat(out.toString().lines().count()).isEqualTo(2);
  }

  @Test
  void failOnDecidesWhichLevelsFail() throws IOException {
    Files.delete(dir.resolve("src/main/java/Keys.java"));
    assertThat(run("--fail-on", "error")).isEqualTo(Main.CLEAN);
    assertThat(run("--fail-on", "warning")).isEqualTo(Main.FINDINGS);
    assertThat(run("--fail-on", "never")).isEqualTo(Main.CLEAN);
  }

  @Test
  void disabledRulesDoNotRun() {
    assertThat(run("--disable", "HardcodedApiKey")).isEqualTo(Main.CLEAN);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void ruleIdsIgnoreCase() {
    assertThat(run("--disable", "hardcodedapikey")).isEqualTo(Main.CLEAN);
    assertThat(
            Main.run(
                new String[] {"--explain", "HARDCODEDAPIKEY"},
                new PrintWriter(out, true),
                new PrintWriter(err, true)))
        .isEqualTo(Main.CLEAN);
    assertThat(out.toString()).startsWith("# HardcodedApiKey");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("--format", "html")).isEqualTo(Main.ERROR);
    assertThat(err.toString())
        .contains("authlint: unknown format 'html'; use one of text, json, checkstyle, sarif");
    assertThat(run("--enable", "NoSuchRule")).isEqualTo(Main.ERROR);
    assertThat(err.toString()).contains("unknown rule 'NoSuchRule'");
    assertThat(run("--fail-on", "sometimes")).isEqualTo(Main.ERROR);
    assertThat(err.toString())
        .contains("unknown fail-on 'sometimes'; use one of error, warning, never");
    assertThat(run("--threads", "0")).isEqualTo(Main.ERROR);
  }

  @Test
  void aFileThatCannotBeParsedExitsTwoAndTheOthersAreStillReported() throws IOException {
    write("src/main/java/Broken.java", "import com.openai.client.OpenAIClient;\nclass Broken {\n");
    assertThat(run()).isEqualTo(Main.ERROR);
    assertThat(out.toString().lines().count()).isEqualTo(2);
    assertThat(err.toString()).contains("Broken.java: error: could not be parsed");
  }

  @Test
  void noFormatPrintsTheKey() {
    for (String format : List.of("text", "json", "checkstyle", "sarif")) {
      run("--format", format);
    }
    assertThat(out.toString()).contains("sk-proj-…");
    assertThat(out.toString()).doesNotContain(key);
    assertThat(err.toString()).doesNotContain(key);
  }

  @Test
  void sarifToAFileIsValid() throws IOException {
    Path report = dir.resolve("reports/authlint.sarif");
    assertThat(run("--format", "sarif", "--output", report.toString())).isEqualTo(Main.FINDINGS);
    assertThat(out.toString()).isEmpty();
    assertThat(SarifSchema.violations(Files.readString(report))).isEmpty();
  }

  @Test
  void jsonListsEveryFinding() throws IOException {
    run("--format", "json");
    assertThat(new ObjectMapper().readTree(out.toString()).get("findings").size()).isEqualTo(2);
  }

  @Test
  void aBaselineAcceptsTodaysFindingsAndReportsOnlyNewOnes() throws IOException {
    Path baseline = dir.resolve("authlint-baseline.json");
    // Writing the baseline succeeds, so that an adoption script under `set -e` goes on.
    assertThat(run("--write-baseline", baseline.toString())).isEqualTo(Main.CLEAN);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "authlint: recorded 2 findings in "
                + baseline
                + " as accepted; 0 errors, 0 warnings in 2 files\n");
    assertThat(run("--baseline", baseline.toString())).isEqualTo(Main.CLEAN);

    write("src/main/java/Later.java", SINK_LITERAL.replace("class App", "class Later"));
    out.getBuffer().setLength(0);
    assertThat(run("--baseline", baseline.toString())).isEqualTo(Main.FINDINGS);
    assertThat(out.toString()).contains("Later.java");
    assertThat(out.toString()).doesNotContain("App.java");
  }

  @Test
  void nothingToAnalyseIsSaidPlainly() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("swift-only"));
    Files.writeString(empty.resolve("App.swift"), "print(1)\n");

    int exit =
        Main.run(
            new String[] {empty.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertThat(exit).isEqualTo(Main.CLEAN);
    assertThat(err.toString())
        .isEqualTo("authlint: no files analysed: authlint reads " + SourceFile.Kind.READ + "\n");
  }

  @Test
  void anIgnoreCommentNamingNoRuleIsAWarningLineThatDoesNotChangeTheExitCode() throws IOException {
    write(
        "src/main/resources/application.properties",
        "# authlint:ignore HardcodedKey\nspring.ai.openai.api-key=team-3f9a8c2e7b1d\n");

    assertThat(run()).isEqualTo(Main.FINDINGS);
    assertThat(err.toString())
        .contains(
            "src/main/resources/application.properties:1: warning: unknown rule"
                + " 'HardcodedKey' in authlint:ignore, so nothing is suppressed by it (did you mean HardcodedApiKey?)");
    assertThat(out.toString()).contains("application.properties:2:26: warning: HardcodedApiKey");
  }

  @Test
  void dummyKeysInTestSourcesStayQuietEvenWithIncludeTests() throws IOException {
    Files.delete(dir.resolve("src/main/java/Keys.java"));
    Files.move(
        dir.resolve("src/main/java"),
        Files.createDirectories(dir.resolve("src/test")).resolve("java"));
    assertThat(run()).isEqualTo(Main.CLEAN);
    assertThat(run("--include-tests")).isEqualTo(Main.CLEAN);
  }

  @Test
  void historyFindsAKeyNoLongerInTheFiles() throws Exception {
    Files.delete(dir.resolve("src/main/java/Keys.java"));
    Files.delete(dir.resolve("src/main/java/App.java"));
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("src/main/resources/application.yml", "llm:\n  api-key: " + key + "\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("key").setSign(false).call();
      write("src/main/resources/application.yml", "llm:\n  api-key: ${OPENAI_API_KEY}\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("no key").setSign(false).call();
    }
    assertThat(run()).isEqualTo(Main.CLEAN);

    assertThat(run("--history")).isEqualTo(Main.FINDINGS);
    assertThat(out.toString())
        .contains("src/main/resources/application.yml:2:12: error: HardcodedApiKey: ");
    assertThat(out.toString()).contains("not in HEAD");
    assertThat(out.toString()).doesNotContain(key);
  }

  @Test
  void explainPrintsTheRulePage() {
    assertThat(
            Main.run(
                new String[] {"--explain", "HardcodedApiKey"},
                new PrintWriter(out, true),
                new PrintWriter(err, true)))
        .isEqualTo(Main.CLEAN);
    assertThat(out.toString()).startsWith("# HardcodedApiKey");
    assertThat(
            Main.run(
                new String[] {"--explain", "Nope"},
                new PrintWriter(out, true),
                new PrintWriter(err, true)))
        .isEqualTo(Main.ERROR);
  }

  @Test
  void everyRuleHasAPage() {
    for (String id : Rules.IDS) {
      StringWriter page = new StringWriter();
      assertThat(
              Main.run(
                  new String[] {"--explain", id},
                  new PrintWriter(page, true),
                  new PrintWriter(err, true)))
          .isEqualTo(Main.CLEAN);
      assertThat(page.toString()).startsWith("# " + id + "\n");
    }
  }

  @Test
  void listRulesNamesEveryRule() {
    Main.run(new String[] {"--list-rules"}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(out.toString()).contains("HardcodedApiKey        error");
  }
}
