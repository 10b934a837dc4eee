package dev.authlint.core;

import static com.google.common.truth.Truth.assertWithMessage;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.report.ReportFormat;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.TestKeys;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No input makes the analyser throw, fail inside a rule, or print a key it was given. Under {@code
 * mvn verify} the Jazzer tests run their regression inputs and {@link #randomMutations} runs a
 * fixed number of seeded mutations; for coverage-guided fuzzing run {@code JAZZER_FUZZ=1 mvn -pl
 * core test -Dtest=AnalyzerFuzzTest#mutatedJava} (see README).
 */
class AnalyzerFuzzTest {
  private static final Engine ENGINE = new Engine(Rules.all(), Catalog.defaults(), true);
  private static final String KEY = new TestKeys(3).make("OPENAI_PROJECT_KEY");
  private static final List<String> REAL_JAVA = realJava();

  @FuzzTest(maxDuration = "5m")
  void anyText(FuzzedDataProvider data) {
    String name =
        data.pickValue(List.of("App.java", "application.properties", "application.yml", ".env"));
    String text = data.consumeString(4096) + KEY + data.consumeRemainingAsString();
    checkAnalysis(name, text);
  }

  @FuzzTest(maxDuration = "5m")
  void mutatedJava(FuzzedDataProvider data) {
    StringBuilder java = new StringBuilder(data.pickValue(REAL_JAVA));
    int edits = data.consumeInt(1, 8);
    for (int i = 0; i < edits && java.length() > 0; i++) {
      int at = data.consumeInt(0, java.length() - 1);
      switch (data.consumeInt(0, 3)) {
        case 0 -> java.delete(at, Math.min(java.length(), at + data.consumeInt(1, 200)));
        case 1 -> java.insert(at, data.consumeString(64));
        case 2 -> java.insert(at, "\"" + KEY + "\"");
        default ->
            java.insert(
                at, java.substring(at, Math.min(java.length(), at + data.consumeInt(1, 400))));
      }
    }
    checkAnalysis("src/main/java/App.java", java.toString());
  }

  /** A brief, deterministic run of the same properties, for every build. */
  @Test
  void randomMutations() {
    Random random = new Random(20261123);
    for (int run = 0; run < 300; run++) {
      StringBuilder java = new StringBuilder(REAL_JAVA.get(random.nextInt(REAL_JAVA.size())));
      for (int i = 0; i < 1 + random.nextInt(6); i++) {
        int at = random.nextInt(java.length());
        int end = Math.min(java.length(), at + 1 + random.nextInt(300));
        switch (random.nextInt(4)) {
          case 0 -> java.delete(at, end);
          case 1 -> java.insert(at, (char) random.nextInt(0x3000));
          case 2 -> java.insert(at, "\"" + KEY + "\"");
          default -> java.insert(at, java.substring(at, end));
        }
      }
      checkAnalysis("src/main/java/App.java", java.toString());
    }
  }

  private static void checkAnalysis(String path, String text) {
    SourceFile.Kind kind = SourceFile.Kind.of(Path.of(path).getFileName().toString());
    Engine.FileResult result = ENGINE.analyze(new SourceFile(path, text, kind));
    if (result.diagnostic() != null) {
      assertWithMessage("a rule failed on:\n%s", text)
          .that(result.diagnostic().message())
          .doesNotContain("could not be analysed by");
    }
    AnalysisResult analysis =
        new AnalysisResult(
            result.findings(),
            result.diagnostic() == null ? List.of() : List.of(result.diagnostic()),
            1);
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      try {
        format.write(analysis, Rules.all(), out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertWithMessage("%s output", format).that(out.toString()).doesNotContain(KEY);
    }
  }

  private static List<String> realJava() {
    try (Stream<Path> files =
        Files.walk(Path.of("src/test/java/dev/authlint/core/rules/testdata"))) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .map(AnalyzerFuzzTest::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
