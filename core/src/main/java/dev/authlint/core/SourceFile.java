package dev.authlint.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file to analyse. {@code path} is what reports show (relative, '/' separated); {@code text} is
 * the decoded content with any byte-order mark removed; {@code location} is where it lies on disk,
 * for finding its build file, or null for a file that lies nowhere (an editor buffer, a test
 * input).
 */
public record SourceFile(String path, String text, Kind kind, Path location) {

  public SourceFile(String path, String text, Kind kind) {
    this(path, text, kind, null);
  }

  /** The kinds of file the rules read. */
  public enum Kind {
    JAVA,
    PROPERTIES,
    YAML,
    DOTENV,
    /** Any other text a project keeps keys in: only keys in a distinctive format are looked for. */
    TEXT;

    private static final Set<String> TEXT_EXTENSIONS =
        Set.of(
            "md", "txt", "json", "xml", "toml", "ini", "cfg", "conf", "gradle", "kts", "kt",
            "groovy", "scala", "sh", "py", "js", "ts", "http", "sql", "html", "tf", "env", "bak",
            "backup", "orig");

    /** The files authlint reads, for people: what {@link #of} accepts. */
    public static final String READ =
        ".java files, .properties|yml|yaml and .env* files, and other text files (.json, .xml, .md,"
            + " .gradle, ...) for keys";

    /** The kind for a file name, or null when no rule reads such files. */
    public static Kind of(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      String extension = name.substring(name.lastIndexOf('.') + 1);
      if (name.endsWith(".java")) {
        return JAVA;
      }
      if (name.equals(".env") || name.startsWith(".env.")) {
        return DOTENV;
      }
      // Spring, Quarkus, MicroProfile and Micronaut read their settings from any such file a
      // project names.
      if (extension.equals("properties")) {
        return PROPERTIES;
      }
      if (extension.equals("yml") || extension.equals("yaml")) {
        return YAML;
      }
      return TEXT_EXTENSIONS.contains(extension) && name.contains(".") ? TEXT : null;
    }
  }

  /**
   * Imports that only test code makes: a class kept under src/main that imports JUnit is a test.
   */
  private static final List<String> TEST_FRAMEWORK_IMPORTS =
      List.of("import org.junit.", "import static org.junit.", "import org.testng.");

  /**
   * Whether the file is test code: under a test source folder, a Java file named like a test, or
   * one that imports a test framework. Only the relative path is used, because IDE hosts may
   * analyse a temporary copy of a file.
   */
  public boolean isTest() {
    String p = "/" + path;
    if (p.contains("/src/test/")
        || p.contains("/src/it/")
        || p.contains("/src/testFixtures/")
        || p.contains("/test/java/")) {
      return true;
    }
    String name = p.substring(p.lastIndexOf('/') + 1);
    return kind == Kind.JAVA
        && (name.endsWith("Test.java")
            || name.endsWith("Tests.java")
            || name.endsWith("IT.java")
            || TEST_FRAMEWORK_IMPORTS.stream().anyMatch(text::contains));
  }
}
