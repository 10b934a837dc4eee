package dev.authlint.core;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlint.core.HostPipeline.FailOn;
import dev.authlint.core.HostPipeline.Outcome;
import dev.authlint.core.report.ReportFormat;
import dev.authlint.core.rules.Rules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps after analysis that the command line and the Maven goal share. */
class HostPipelineTest {
  private static final Finding ERROR = finding("Keys.java", Level.ERROR, "e1");
  private static final Finding WARNING = finding("App.java", Level.WARNING, "w1");
  private static final AnalysisResult BOTH =
      new AnalysisResult(List.of(WARNING, ERROR), List.of(), 2);

  @TempDir Path dir;

  private static Finding finding(String path, Level level, String fingerprint) {
    return new Finding("HardcodedApiKey", level, path, 1, 1, 1, 2, "m", fingerprint);
  }

  private HostPipeline pipeline() {
    return new HostPipeline(Rules.all(), dir);
  }

  @Test
  void failOnDecidesWhichFindingsFail() throws IOException {
    StringWriter out = new StringWriter();
    assertThat(pipeline().failOn(FailOn.WARNING).run(BOTH, out).failing()).isEqualTo(2);
    assertThat(pipeline().failOn(FailOn.ERROR).run(BOTH, out).failing()).isEqualTo(1);
    Outcome never = pipeline().failOn(FailOn.NEVER).run(BOTH, out);
    assertThat(never.fails()).isFalse();
    assertThat(never.result().findings()).hasSize(2);
  }

  @Test
  void writingABaselineRecordsTheFindingsAndAcceptsThem() throws IOException {
    Path baseline = dir.resolve("adopt/authlint-baseline.json");
    StringWriter out = new StringWriter();

    Outcome written = pipeline().writeBaseline(baseline).run(BOTH, out);

    assertThat(written.fails()).isFalse();
    assertThat(written.result().findings()).isEmpty();
    assertThat(out.toString()).isEmpty();
    assertThat(written.summary())
        .isEqualTo(
            "authlint: recorded 2 findings in "
                + baseline
                + " as accepted; 0 errors, 0 warnings in 2 files");

    Finding later = finding("Later.java", Level.WARNING, "w2");
    AnalysisResult next = new AnalysisResult(List.of(WARNING, ERROR, later), List.of(), 3);
    Outcome filtered = pipeline().baseline(baseline).run(next, out);
    assertThat(filtered.result().findings()).containsExactly(later);
    assertThat(filtered.failing()).isEqualTo(1);
  }

  @Test
  void anUnreadableBaselineIsNamed() {
    Path missing = dir.resolve("missing.json");
    IOException e =
        assertThrows(
            IOException.class, () -> pipeline().baseline(missing).run(BOTH, new StringWriter()));
    assertThat(e).hasMessageThat().startsWith("could not read the baseline " + missing + ": ");
  }

  @Test
  void aReportFileIsNamedInTheSummary() throws IOException {
    Path report = dir.resolve("target/authlint.json");

    Outcome outcome = pipeline().format(ReportFormat.JSON).run(BOTH, report);

    assertThat(outcome.summary())
        .isEqualTo("authlint: 1 error, 1 warning in 2 files; report: target/authlint.json");
    assertThat(Files.readString(report)).contains("\"fingerprint\" : \"e1\"");
  }

  @Test
  void noFilesAnalysedIsSaidPlainly() throws IOException {
    Outcome outcome =
        pipeline().run(new AnalysisResult(List.of(), List.of(), 0), new StringWriter());

    assertThat(outcome.summary())
        .isEqualTo("authlint: no files analysed: authlint reads " + SourceFile.Kind.READ);
  }

  @Test
  void warningsAreNotCountedAsFilesNotAnalysed() {
    Diagnostic unknownId = Diagnostic.warning("a.properties", 3, "HardcodedApiKey", "m");
    Diagnostic broken = new Diagnostic("Broken.java", "could not be parsed");

    AnalysisResult result = new AnalysisResult(List.of(), List.of(unknownId, broken), 2);

    assertThat(result.notAnalysed()).isEqualTo(1);
    assertThat(result.summary()).endsWith("in 2 files; 1 not analysed");
    assertThat(unknownId.toString()).isEqualTo("a.properties:3: m");
  }

  @Test
  void optionValuesIgnoreCaseAndUnknownOnesListTheValidOnes() {
    assertThat(HostPipeline.choice(FailOn.class, "fail-on", " Error ")).isEqualTo(FailOn.ERROR);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HostPipeline.choice(ReportFormat.class, "format", "html"));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("unknown format 'html'; use one of text, json, checkstyle, sarif");
  }
}
