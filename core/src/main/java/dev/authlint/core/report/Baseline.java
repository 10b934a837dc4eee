package dev.authlint.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings a team has accepted, by fingerprint, so that only new ones fail the build. Fingerprints
 * do not depend on line numbers, so accepted findings stay accepted when code around them moves.
 */
public final class Baseline {
  /** One accepted finding; rule and path are kept so that the file can be reviewed by people. */
  public record Entry(String ruleId, String path, String fingerprint) {}

  /** The file's shape. */
  public record File(int version, List<Entry> findings) {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = fingerprints;
  }

  public static Baseline read(Path path) throws IOException {
    File file = MAPPER.readValue(path.toFile(), File.class);
    return new Baseline(
        file.findings().stream().map(Entry::fingerprint).collect(Collectors.toSet()));
  }

  public static void write(Path path, List<Finding> findings) throws IOException {
    List<Entry> entries =
        findings.stream().map(f -> new Entry(f.ruleId(), f.path(), f.fingerprint())).toList();
    MAPPER.writeValue(path.toFile(), new File(1, entries));
  }

  /** The result without the findings this baseline accepts. */
  public AnalysisResult filter(AnalysisResult result) {
    return new AnalysisResult(
        result.findings().stream().filter(f -> !fingerprints.contains(f.fingerprint())).toList(),
        result.diagnostics(),
        result.filesAnalysed());
  }
}
