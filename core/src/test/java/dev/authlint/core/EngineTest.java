package dev.authlint.core;

import static com.google.common.truth.Truth.assertThat;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.report.Baseline;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
  private static final String CLIENT =
      """
      import com.openai.client.okhttp.OpenAIOkHttpClient;
      class App {
        Object c = OpenAIOkHttpClient.builder().apiKey("prod-key-4f9c2a81d7").build();
      }
      """;

  @TempDir Path dir;

  private AnalysisResult run(int threads) {
    return new Engine(Rules.all(), Catalog.defaults(), false).run(List.of(dir), dir, threads);
  }

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aFileThatCannotBeParsedGetsOneDiagnosticAndTheOthersAreStillReported() throws IOException {
    write("src/main/java/App.java", CLIENT);
    write(
        "src/main/java/Broken.java",
        "import com.openai.client.OpenAIClient;\nclass Broken { void f( }\n");
    Files.write(
        dir.resolve("src/main/java/Binary.java"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});

    AnalysisResult result = run(2);

    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().get(0).path()).isEqualTo("src/main/java/App.java");
    assertThat(result.diagnostics().stream().map(Diagnostic::path).toList())
        .containsExactly("src/main/java/Binary.java", "src/main/java/Broken.java")
        .inOrder();
    assertThat(result.diagnostics().get(1).message())
        .contains("could not be parsed at line 2 (void f(");
  }

  /**
   * JavaParser 3.28 rejects local enums (valid since Java 16): the enum is skipped, the rest of the
   * file is analysed, and the diagnostic says what was skipped.
   */
  @Test
  void aConstructTheParserRejectsCostsThatConstructNotTheFile() throws IOException {
    write(
        "src/main/java/App.java",
        """
        import com.openai.client.OpenAIClient;
        class App {
          OpenAIClient client;
          void f() {
            enum Mood { HAPPY, "}", SAD; } // a brace in a string
            /* enum Fake { } */
            enum Level {
              LOW, HIGH;
            }
            client.models().list();
          }
        }
        """);

    AnalysisResult result = run(1);

    assertThat(result.findings().stream().map(f -> f.ruleId() + ":" + f.line()).toList())
        .containsExactly("UnhandledAuthError:10");
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo(
            "could not be parsed at line 5 (enum Mood { HAPPY, \"}\", SAD; }), line 7 (enum"
                + " Level {); the rest of the file was analysed (JavaParser 3.28 cannot read some valid Java,"
                + " such as local enums)");
  }

  @Test
  void byteOrderMarksAndWindowsLineEndingsDoNotMovePositions() throws IOException {
    write("src/main/java/App.java", "\uFEFF" + CLIENT.replace("\n", "\r\n"));

    Finding finding = run(1).findings().get(0);

    assertThat(finding.line()).isEqualTo(3);
    assertThat(finding.column()).isEqualTo(50);
  }

  @Test
  void keysAreFoundInFilesTheParserRejects() throws IOException {
    String key = new TestKeys(7).make("ANTHROPIC_API_KEY");
    write("src/main/java/Broken.java", "class Broken { String k = \"" + key + "\"; void f( }\n");

    AnalysisResult result = run(1);

    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().get(0).message()).doesNotContain(key);
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).message()).doesNotContain(key);
  }

  @Test
  void fingerprintsSurviveEditsAboveTheFinding() throws IOException {
    write("src/main/java/App.java", CLIENT);
    String before = run(1).findings().get(0).fingerprint();
    write("src/main/java/App.java", "// a new comment\n\n" + CLIENT);
    Finding moved = run(1).findings().get(0);

    assertThat(moved.line()).isEqualTo(5);
    assertThat(moved.fingerprint()).isEqualTo(before);
  }

  @Test
  void outputIsTheSameWhateverTheThreadCount() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("src/main/java/p" + (i % 7) + "/App" + i + ".java", CLIENT);
    }
    assertThat(run(8)).isEqualTo(run(1));
  }

  @Test
  void buildOutputAndVcsFoldersAreSkipped() throws IOException {
    write("pom.xml", "<project/>");
    write("target/generated-sources/App.java", CLIENT);
    write(".git/App.java", CLIENT);
    write("src/main/java/App.java", CLIENT);

    // The build file itself is read too: keys end up in POM properties.
    assertThat(run(1).filesAnalysed()).isEqualTo(2);
  }

  @Test
  void packagesNamedLikeBuildFoldersAreAnalysed() throws IOException {
    write("src/main/java/org/example/aop/target/App.java", CLIENT);
    write("src/main/java/org/example/build/App.java", CLIENT);

    assertThat(run(1).filesAnalysed()).isEqualTo(2);
  }

  @Test
  void binFoldersOfCompiledOutputAreSkipped() throws IOException {
    // Eclipse and VS Code compile to bin/ beside .project or .classpath, and copy resources there.
    write("eclipse/.project", "<projectDescription/>");
    write("eclipse/bin/application.properties", "spring.ai.openai.api-key=team-3f9a8c2e7b1d\n");
    write(
        "eclipse/src/main/resources/application.properties",
        "spring.ai.openai.api-key=team-3f9a8c2e7b1d\n");
    // Gradle's Eclipse import compiles to bin/main beside build.gradle.
    write("gradle/build.gradle", "");
    write("gradle/bin/main/application.properties", "spring.ai.openai.api-key=team-3f9a8c2e7b1d\n");
    // javac -d bin, with no project file: the class files tell.
    write("plain/bin/App.class", "");
    write("plain/bin/application.properties", "spring.ai.openai.api-key=team-3f9a8c2e7b1d\n");
    // A source package named bin holds sources, not classes.
    write("plain/src/main/java/org/example/bin/App.java", CLIENT);

    AnalysisResult result = run(1);

    assertThat(result.findings().stream().map(Finding::path).toList())
        .containsExactly(
            "eclipse/src/main/resources/application.properties",
            "plain/src/main/java/org/example/bin/App.java");
  }

  @Test
  void nothingToAnalyseSaysWhichFilesAreRead() throws IOException {
    write("src/main/swift/App.swift", "print(1)\n");

    AnalysisResult result = run(1);

    assertThat(result.filesAnalysed()).isEqualTo(0);
    assertThat(result.summary())
        .isEqualTo("no files analysed: authlint reads " + SourceFile.Kind.READ);
  }

  @Test
  void baselineHidesAcceptedFindingsOnly() throws IOException {
    write("src/main/java/App.java", CLIENT);
    Path baselineFile = dir.resolve("authlint-baseline.json");
    Baseline.write(baselineFile, run(1).findings());
    write("src/main/java/Other.java", CLIENT.replace("class App", "class Other"));

    AnalysisResult filtered = Baseline.read(baselineFile).filter(run(1));

    assertThat(filtered.findings()).hasSize(1);
    assertThat(filtered.findings().get(0).path()).isEqualTo("src/main/java/Other.java");
  }
}
