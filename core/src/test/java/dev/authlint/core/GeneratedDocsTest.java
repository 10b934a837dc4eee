package dev.authlint.core;

import static java.util.stream.Collectors.joining;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table and the rule pages' SDK tables, rendered from the descriptors and the catalog. */
class GeneratedDocsTest {
  private static final Path ROOT = GeneratedFiles.root();

  @Test
  void readmeRuleTable() throws IOException {
    GeneratedFiles.checkRegion(
        ROOT.resolve("README.md"),
        "rules",
        "| id | default level | in test code | reports |\n|---|---|---|---|\n"
            + Rules.all().stream()
                .map(Rule::descriptor)
                .map(
                    d ->
                        row(
                            "[`" + d.id() + "`](docs/rules/" + d.id() + ".md)",
                            d.levels(),
                            d.testCode().text(),
                            d.summary()))
                .collect(joining()));
  }

  @Test
  void keyFormatTable() throws IOException {
    GeneratedFiles.checkRegion(
        ROOT.resolve("docs/rules/HardcodedApiKey.md"),
        "key-formats",
        "| format | provider | shape | reported | revoke at |\n|---|---|---|---|---|\n"
            + Catalog.defaults().keyFormats().stream()
                .map(
                    f ->
                        row(
                            f.name(),
                            f.provider(),
                            "`" + f.pattern().replace("|", "\\|") + "`",
                            reportedWhere(f),
                            f.revoke()))
                .collect(joining()));
  }

  private static String reportedWhere(Catalog.KeyFormat format) {
    if (format.distinctive()) {
      return "anywhere";
    }
    if (format.context() == null) {
      return "where a key is expected";
    }
    return "where a key is expected (name says `" + format.context().replace("|", "`/`") + "`)";
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
