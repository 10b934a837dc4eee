package dev.authlint.core.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.Rule;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Error Prone style rule tests. The input marks every line where a finding is expected:
 *
 * <ul>
 *   <li>{@code code(); // BUG: RuleId}: a finding of the rule, at its default level, on this line;
 *   <li>{@code // BUG: RuleId [warning] col 9 "part of the message"}: each part optional, in this
 *       order: the finding's level, the column it starts at, and text its message contains;
 *   <li>a comment line that starts with {@code BUG:}: a finding on the next line;
 *   <li>{@code BUG(-1): RuleId}: a finding that many lines away (for text blocks and config
 *       values).
 * </ul>
 *
 * The test fails on any finding without a marker, any marker without a finding, a finding at
 * another column or a message without the marked text, and a message that contains a full key. A
 * project test analyses several files, and the build files beside them, as one project.
 */
public final class RuleTester {
  private static final Pattern MARKER =
      Pattern.compile(
          "BUG(?:\\(([+-]?\\d+)\\))?: (\\w+)(?: \\[(error|warning)])?(?: col (\\d+))?(?: \"([^\"]*)\")?");
  private static final Pattern LINE_IS_MARKER = Pattern.compile("^\\s*(//|#|/?\\*)\\s*BUG\\b.*");

  private final Rule rule;
  private final TestKeys keys = new TestKeys(42);
  private boolean includeTests;

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule);
  }

  public RuleTester includeTests() {
    this.includeTests = true;
    return this;
  }

  /** Java inputs live with the test sources, so javac checks them against the real SDK jars. */
  public static Path javaInput(String relative) {
    return Path.of("src/test/java/dev/authlint/core/rules/testdata").resolve(relative);
  }

  public static Path resourceInput(String relative) {
    return Path.of("src/test/resources/testdata").resolve(relative);
  }

  /** Inputs that compile in another module of this build, against another generation of an SDK. */
  public static Path moduleInput(String module, String relative) {
    return Path.of("..", module, "src/main/java").resolve(relative);
  }

  /**
   * Analyses the input as if it were the file at {@code shownAs} (which decides main or test code
   * and the file kind) and checks the findings against the markers.
   */
  public void expectMarkedFindings(Path input, String shownAs) {
    String text = keys.fill(read(input));
    SourceFile.Kind kind = SourceFile.Kind.of(Path.of(shownAs).getFileName().toString());
    SourceFile file = new SourceFile(shownAs, text, kind);
    Engine.FileResult result =
        new Engine(List.of(rule), Catalog.defaults(), includeTests).analyze(file);
    assertWithMessage("diagnostic for %s", input).that(result.diagnostic()).isNull();
    check(input.toString(), text, result.findings());
  }

  /** A project: files at the paths they are shown at, analysed together. */
  public Project project() {
    return new Project();
  }

  /** The files of one project test. */
  public final class Project {
    private final Map<String, String> files = new LinkedHashMap<>();

    /** A file of the project, read from a test input. */
    public Project file(String shownAs, Path input) {
      files.put(shownAs, keys.fill(read(input)));
      return this;
    }

    /** A file of the project, such as a build file, written here. */
    public Project text(String shownAs, String content) {
      files.put(shownAs, keys.fill(content));
      return this;
    }

    /** Analyses the project in a temporary folder and checks each file against its markers. */
    public void expectMarkedFindings() {
      Path root;
      try {
        root = Files.createTempDirectory("authlint-project");
        for (Map.Entry<String, String> f : files.entrySet()) {
          Path path = root.resolve(f.getKey());
          Files.createDirectories(path.getParent());
          Files.writeString(path, f.getValue(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        AnalysisResult result =
            new Engine(List.of(rule), Catalog.defaults(), includeTests).run(List.of(root), root, 2);
        assertWithMessage("diagnostics").that(result.diagnostics()).isEmpty();
        Map<String, List<Finding>> byFile = new TreeMap<>();
        result
            .findings()
            .forEach(f -> byFile.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
        assertWithMessage("findings in files not in the project")
            .that(files.keySet())
            .containsAtLeastElementsIn(byFile.keySet());
        for (Map.Entry<String, String> f : files.entrySet()) {
          check(f.getKey(), f.getValue(), byFile.getOrDefault(f.getKey(), List.of()));
        }
      } finally {
        delete(root);
      }
    }
  }

  /** What a marker asks of the finding on its line: a column (0: any) and text in the message. */
  private record Expected(int column, String message) {}

  private void check(String input, String text, List<Finding> findings) {
    Map<String, Expected> expected = expected(text);
    TreeSet<String> actual = new TreeSet<>();
    List<String> unexpected = new ArrayList<>();
    List<String> wrongMessage = new ArrayList<>();
    for (Finding f : findings) {
      String at = String.format("%04d %s %s", f.line(), f.ruleId(), f.level().lowerCase());
      actual.add(at);
      if (!expected.containsKey(at)) {
        unexpected.add(
            f.line() + ":" + f.column() + " " + f.level().lowerCase() + " " + f.message());
      } else if (!f.message().contains(expected.get(at).message())) {
        wrongMessage.add(
            f.line() + ": \"" + expected.get(at).message() + "\" not in: " + f.message());
      } else if (expected.get(at).column() != 0 && expected.get(at).column() != f.column()) {
        wrongMessage.add(
            f.line() + ": at column " + f.column() + ", marked col " + expected.get(at).column());
      }
      for (String key : keys.all()) {
        assertWithMessage("message leaks a key: %s", f.message())
            .that(f.message())
            .doesNotContain(key);
      }
    }
    assertWithMessage("findings on unmarked lines of %s", input).that(unexpected).isEmpty();
    assertWithMessage("messages and columns of %s", input).that(wrongMessage).isEmpty();
    TreeSet<String> missing = new TreeSet<>(expected.keySet());
    missing.removeAll(actual);
    assertWithMessage("marked lines of %s with no finding", input).that(missing).isEmpty();
  }

  private Map<String, Expected> expected(String text) {
    Map<String, Expected> expected = new TreeMap<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      while (m.find()) {
        if (!m.group(2).equals(rule.id())) {
          continue;
        }
        int line = i + 1;
        if (m.group(1) != null) {
          line += Integer.parseInt(m.group(1));
        } else if (LINE_IS_MARKER.matcher(lines[i]).matches()) {
          line += 1;
        }
        String level = m.group(3) == null ? rule.defaultLevel().lowerCase() : m.group(3);
        expected.put(
            String.format("%04d %s %s", line, rule.id(), level),
            new Expected(
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                m.group(5) == null ? "" : m.group(5)));
      }
    }
    return expected;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
