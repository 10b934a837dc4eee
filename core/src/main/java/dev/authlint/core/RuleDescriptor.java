package dev.authlint.core;

/**
 * What a rule is, written once: every host and document (the README's table, the Checkstyle
 * metadata, the check classes, SARIF's rule list) shows these facts, and the tests that compare the
 * committed files with them fail when one is edited by hand.
 *
 * @param levels the levels as tables show them, when the rule reports at more than its default
 *     level
 */
public record RuleDescriptor(
    String id,
    Level defaultLevel,
    String levels,
    String summary,
    String description,
    TestCode testCode) {

  /** A rule that reports at its default level only. */
  public RuleDescriptor(
      String id, Level defaultLevel, String summary, String description, TestCode testCode) {
    this(id, defaultLevel, defaultLevel.lowerCase(), summary, description, testCode);
  }

  /** What the rule reports in test sources. */
  public enum TestCode {
    REPORTED("reported"),
    REAL_KEYS_ONLY("keys in a provider's format only, with or without `--include-tests`"),
    WITH_INCLUDE_TESTS("only with `--include-tests`");

    private final String text;

    TestCode(String text) {
      this.text = text;
    }

    /** As the README's table says it. */
    public String text() {
      return text;
    }
  }
}
