package dev.authlint.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One repository's judged rows, as read from {@code eval/manifest/<owner>+<name>.tsv}. */
public record Manifest(
    String repository,
    String commit,
    Kind kind,
    List<String> sdks,
    List<String> roots,
    List<Row> rows) {

  /** The SDK tags a manifest may name in {@code # sdks:} (README). */
  public static final Set<String> SDK_TAGS =
      Set.of(
          "openai-java",
          "anthropic-java",
          "langchain4j-0.x",
          "langchain4j-1.x",
          "spring-ai-0.8",
          "spring-ai-1.x",
          "spring-ai-2.x",
          "theokanning-client",
          "theokanning-service",
          "simple-openai",
          "azure-openai",
          "google-genai",
          "quarkus-langchain4j",
          "ollama",
          "other");

  public Manifest {
    sdks = List.copyOf(sdks);
    roots = List.copyOf(roots);
    rows = List.copyOf(rows);
  }

  /** {@code owner+name}: the name of the manifest, of the report and of the extracted snapshot. */
  public String fileStem() {
    return fileStem(repository);
  }

  public static String fileStem(String repository) {
    return repository.replace('/', '+');
  }

  /** What kind of code the repository is; figures are given per kind. */
  public enum Kind {
    APPLICATION("application"),
    SDK_EXAMPLES("sdk-examples");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What authlint must do on a row's line. */
  public enum Verdict {
    REPORT,
    QUIET;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A judged line; {@code sourceLine} is its line in the manifest, for messages. */
  public record Row(
      String path, int line, String rule, Verdict verdict, String why, int sourceLine) {
    public Finding finding() {
      return new Finding(path, line, rule);
    }
  }
}
