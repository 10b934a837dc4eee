package dev.authlint.core;

import dev.authlint.core.engine.FileDiscovery;
import dev.authlint.core.report.Baseline;
import dev.authlint.core.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a host does with an analysis: record it as a baseline or leave out what a baseline accepts,
 * write the report and decide whether the run fails. The command line, the Maven goal and the
 * enforcer rule all run this, so that their options mean the same.
 */
public final class HostPipeline {
  /** Which findings fail a run. */
  public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    boolean fails(Finding finding) {
      return switch (this) {
        case ERROR -> finding.level() == Level.ERROR;
        case WARNING -> true;
        case NEVER -> false;
      };
    }
  }

  /**
   * What a run comes to. {@code result} holds the findings reported (none when they were just
   * recorded as a baseline), {@code failing} how many of them fail the run, and {@code summary} one
   * line for people, starting {@code authlint: }.
   */
  public record Outcome(AnalysisResult result, long failing, String summary) {
    public boolean fails() {
      return failing > 0;
    }
  }

  private final List<Rule> rules;
  private final Path base;
  private FailOn failOn = FailOn.WARNING;
  private ReportFormat format = ReportFormat.TEXT;
  private Path baseline;
  private Path writeBaseline;

  /** {@code rules} are those that ran; paths are shown relative to {@code base}. */
  public HostPipeline(List<Rule> rules, Path base) {
    this.rules = List.copyOf(rules);
    this.base = base.toAbsolutePath().normalize();
  }

  public HostPipeline failOn(FailOn value) {
    failOn = value;
    return this;
  }

  public HostPipeline format(ReportFormat value) {
    format = value;
    return this;
  }

  /** Leaves out the findings this baseline file lists; none when null. */
  public HostPipeline baseline(Path file) {
    baseline = file;
    return this;
  }

  /**
   * Records the findings in this baseline file (none when null). A run that records them accepts
   * them: it reports none and does not fail, so that adopting authlint is one command that
   * succeeds.
   */
  public HostPipeline writeBaseline(Path file) {
    writeBaseline = file;
    return this;
  }

  /** Runs the pipeline with the report written to a file (parent folders made), or none if null. */
  public Outcome run(AnalysisResult analysed, Path reportFile) throws IOException {
    if (reportFile == null) {
      return run(analysed, Writer.nullWriter(), "");
    }
    createParent(reportFile);
    try (Writer out = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8)) {
      return run(analysed, out, "; report: " + FileDiscovery.display(reportFile, base));
    }
  }

  /** Runs the pipeline with the report written to {@code out}, which is left open. */
  public Outcome run(AnalysisResult analysed, Writer out) throws IOException {
    return run(analysed, out, "");
  }

  private Outcome run(AnalysisResult analysed, Writer out, String reportNote) throws IOException {
    AnalysisResult reported = analysed;
    String recorded = "";
    if (writeBaseline != null) {
      createParent(writeBaseline);
      Baseline.write(writeBaseline, analysed.findings());
      int count = analysed.findings().size();
      recorded =
          "recorded "
              + count
              + " finding"
              + (count == 1 ? "" : "s")
              + " in "
              + writeBaseline
              + " as accepted; ";
      reported = new AnalysisResult(List.of(), analysed.diagnostics(), analysed.filesAnalysed());
    } else if (baseline != null) {
      reported = readBaseline().filter(analysed);
    }
    format.write(reported, rules, out);
    long failing = reported.findings().stream().filter(failOn::fails).count();
    return new Outcome(
        reported, failing, "authlint: " + recorded + reported.summary() + reportNote);
  }

  private Baseline readBaseline() throws IOException {
    try {
      return Baseline.read(baseline);
    } catch (IOException e) {
      throw new IOException("could not read the baseline " + baseline + ": " + e.getMessage(), e);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /**
   * The constant of an option's enum that {@code value} names, ignoring case.
   *
   * @throws IllegalArgumentException that lists the values there are
   */
  public static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    for (E constant : type.getEnumConstants()) {
      if (value != null && constant.name().equalsIgnoreCase(value.trim())) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown " + option + " '" + value + "'; use one of " + allowed);
  }
}
