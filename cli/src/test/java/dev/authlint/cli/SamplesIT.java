package dev.authlint.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.authlint.core.testing.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the packaged jar, as users do, on every project in samples/ and compares what it reports
 * with the project's expected-findings.txt ({@code path:line:col: level: RuleId}, one a line).
 */
class SamplesIT {
  private static final Path JAR = Path.of("target/authlint.jar").toAbsolutePath();
  private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

  record Run(int exitCode, String out, String err) {}

  static Run authlint(Path workingDirectory, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path errFile = Files.createTempFile("authlint", ".err");
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectError(errFile.toFile())
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    String err = Files.readString(errFile);
    Files.delete(errFile);
    return new Run(exit, out, err);
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files
          .filter(p -> Files.exists(p.resolve("expected-findings.txt")))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reportsExactlyTheExpectedFindings(Path sample) throws Exception {
    List<String> expected =
        Files.readAllLines(sample.resolve("expected-findings.txt")).stream()
            .filter(line -> !line.isBlank())
            .toList();

    Run run = authlint(sample);

    List<String> actual =
        run.out()
            .lines()
            .map(line -> String.join(": ", List.of(line.split(": ", 4)).subList(0, 3)))
            .toList();
    assertWithMessage("authlint on %s\n%s", sample.getFileName(), run.out())
        .that(actual)
        .containsExactlyElementsIn(expected)
        .inOrder();
    assertWithMessage(run.err()).that(run.exitCode()).isEqualTo(expected.isEmpty() ? 0 : 1);
  }

  @Test
  void sarifOverAllSamplesIsValid() throws Exception {
    Run run = authlint(SAMPLES.getParent(), "--format", "sarif", "samples/");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"uri\" : \"samples/insecure-app/");
    assertThat(SarifSchema.violations(run.out())).isEmpty();
  }

  @Test
  void versionAndHelp() throws Exception {
    assertThat(authlint(SAMPLES, "--version").out()).startsWith("authlint ");
    Run help = authlint(SAMPLES, "--help");
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.out()).contains("--fail-on");
  }
}
