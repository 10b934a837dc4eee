package dev.authlint.core.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files, and marked regions of files, that tests render from the rule descriptors and the catalog.
 * A test fails when the committed text differs; run it with {@code -Dauthlint.regenerate} to write
 * the rendered text instead (see CONTRIBUTING.md).
 */
public final class GeneratedFiles {
  private static final String REGENERATE = "authlint.regenerate";

  private GeneratedFiles() {}

  /** The repository's root: tests run in their module's folder. */
  public static Path root() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /** Checks a whole generated file. */
  public static void check(Path file, String rendered) throws IOException {
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    compare(file, committed, rendered, rendered);
  }

  /**
   * Checks the region of a file between the lines {@code <!-- begin generated: name -->} and {@code
   * <!-- end generated: name -->} ({@code # begin generated: name} in a {@code .properties} file).
   */
  public static void checkRegion(Path file, String name, String rendered) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String marker =
        file.toString().endsWith(".properties")
            ? "# %s generated: %s"
            : "<!-- %s generated: %s -->";
    String begin = String.format(marker, "begin", name) + "\n";
    String end = String.format(marker, "end", name);
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertWithMessage("%s has no region %s...%s", file, begin.strip(), end)
        .that(from >= 0 && to > from)
        .isTrue();
    from += begin.length();
    compare(
        file,
        text.substring(from, to),
        rendered,
        text.substring(0, from) + rendered + text.substring(to));
  }

  private static void compare(Path file, String committed, String rendered, String newText)
      throws IOException {
    if (committed.equals(rendered)) {
      return;
    }
    if (System.getProperty(REGENERATE) != null) {
      Files.writeString(file, newText, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage(
            "%s is stale: it is generated from the rule descriptors and catalog.json; rewrite it with"
                + " mvn -B test -pl core,checkstyle-plugin -Dtest=Generated*Test -Dsurefire.failIfNoSpecifiedTests=false -Dauthlint.regenerate",
            root().relativize(file))
        .that(committed)
        .isEqualTo(rendered);
  }
}
