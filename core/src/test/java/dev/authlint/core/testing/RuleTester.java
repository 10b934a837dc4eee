package dev.authlint.core.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.Rule;
import dev.authlint.core.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error Prone style rule tests. The input marks every line where a finding is expected:
 *
 * <ul>
 *   <li>{@code code(); // BUG: RuleId [error|warning]}: a finding on this line;
 *   <li>a comment line that starts with {@code BUG:}: a finding on the next line;
 *   <li>{@code BUG(-1): RuleId}: a finding that many lines away (for text blocks and config values).
 * </ul>
 *
 * The test fails on any finding without a marker and any marker without a finding, and when a
 * message contains a full key.
 */
public final class RuleTester {
  private static final Pattern MARKER =
      Pattern.compile("BUG(?:\\(([+-]?\\d+)\\))?: (\\w+)(?: (error|warning))?");
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

  /**
   * Analyses the input as if it were the file at {@code shownAs} (which decides main or test code and
   * the file kind) and checks the findings against the markers.
   */
  public void expectMarkedFindings(Path input, String shownAs) {
    String text = keys.fill(read(input));
    SourceFile.Kind kind = SourceFile.Kind.of(Path.of(shownAs).getFileName().toString());
    SourceFile file = new SourceFile(shownAs, text, kind);
    Engine.FileResult result =
        new Engine(List.of(rule), Catalog.defaults(), includeTests).analyze(file);

    assertWithMessage("diagnostic for %s", input).that(result.diagnostic()).isNull();
    TreeSet<String> expected = expected(text);
    TreeSet<String> actual = new TreeSet<>();
    List<String> unexpected = new ArrayList<>();
    for (Finding f : result.findings()) {
      String at = String.format("%04d %s %s", f.line(), f.ruleId(), f.level().lowerCase());
      actual.add(at);
      if (!expected.contains(at)) {
        unexpected.add(f.line() + ":" + f.column() + " " + f.level().lowerCase() + " " + f.message());
      }
      for (String key : keys.all()) {
        assertWithMessage("message leaks a key: %s", f.message()).that(f.message()).doesNotContain(key);
      }
    }
    assertWithMessage("findings on unmarked lines of %s", input).that(unexpected).isEmpty();
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    assertWithMessage("marked lines of %s with no finding", input).that(missing).isEmpty();
  }

  private TreeSet<String> expected(String text) {
    TreeSet<String> expected = new TreeSet<>();
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
        expected.add(String.format("%04d %s %s", line, rule.id(), level));
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
}
