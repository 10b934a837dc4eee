package dev.authlint.checkstyle;

import static com.google.common.truth.Truth.assertThat;
import static java.util.stream.Collectors.joining;

import dev.authlint.core.Rule;
import dev.authlint.core.RuleDescriptor;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One check class per rule, the eclipse-cs metadata and the check table of docs/checkstyle.md, all
 * rendered from the rule descriptors.
 */
class GeneratedChecksTest {
  private static final Path ROOT = GeneratedFiles.root();
  private static final Path SOURCES =
      ROOT.resolve("checkstyle-plugin/src/main/java/dev/authlint/checkstyle");
  private static final Path RESOURCES =
      ROOT.resolve("checkstyle-plugin/src/main/resources/dev/authlint/checkstyle");
  private static final List<RuleDescriptor> RULES =
      Rules.all().stream().map(Rule::descriptor).toList();

  @Test
  void oneCheckClassPerRule() throws IOException {
    for (RuleDescriptor rule : RULES) {
      GeneratedFiles.check(SOURCES.resolve(rule.id() + "Check.java"), checkClass(rule));
    }
    try (Stream<Path> files = Files.list(SOURCES)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(n -> n.endsWith("Check.java"))
                  .toList())
          .containsExactlyElementsIn(
              Stream.concat(
                      Stream.of("AuthlintCheck.java"),
                      RULES.stream().map(r -> r.id() + "Check.java"))
                  .toList());
    }
  }

  @Test
  void eclipseCsMetadata() throws IOException {
    GeneratedFiles.checkRegion(
        RESOURCES.resolve("checkstyle-metadata.properties"),
        "checks",
        RULES.stream()
            .map(r -> r.id() + ".name=" + r.id() + "\n" + r.id() + ".desc=" + r.summary() + "\n")
            .collect(joining()));
    GeneratedFiles.checkRegion(
        RESOURCES.resolve("checkstyle-metadata.xml"),
        "checks",
        RULES.stream().map(GeneratedChecksTest::ruleMetadata).collect(joining()));
  }

  @Test
  void checkTable() throws IOException {
    GeneratedFiles.checkRegion(
        ROOT.resolve("docs/checkstyle.md"),
        "checks",
        "| module (short name) | class | rule |\n|---|---|---|\n"
            + RULES.stream()
                .map(
                    r ->
                        "| `%s` | `dev.authlint.checkstyle.%sCheck` | [%s](rules/%s.md) |\n"
                            .formatted(r.id(), r.id(), r.id(), r.id()))
                .collect(joining()));
  }

  private static String checkClass(RuleDescriptor rule) {
    return """
        package dev.authlint.checkstyle;

        /**
         * %s Reports authlint's {@code %s} rule.
         *
         * <p>Generated from the rule's descriptor by GeneratedChecksTest.
         */
        public final class %sCheck extends AuthlintCheck {
          public %sCheck() {
            super("%s");
          }
        }
        """
        .formatted(rule.summary(), rule.id(), rule.id(), rule.id(), rule.id());
  }

  private static String ruleMetadata(RuleDescriptor rule) {
    return """
            <rule-metadata name="%%%s.name" internal-name="%s" parent="Checker">
              <alternative-name internal-name="dev.authlint.checkstyle.%sCheck"/>
              <description>%%%s.desc</description>
              <property-metadata name="includeTests" datatype="Boolean" default-value="false">
                <description>%%authlint.includeTests</description>
              </property-metadata>
              <property-metadata name="fileExtensions" datatype="String" default-value="java, properties, yml, yaml, env">
                <description>%%authlint.fileExtensions</description>
              </property-metadata>
              <property-metadata name="cacheFile" datatype="String" default-value="">
                <description>%%authlint.cacheFile</description>
              </property-metadata>
              <message-key key="authlint.error"/>
              <message-key key="authlint.warning"/>
              <message-key key="authlint.skipped"/>
              <message-key key="authlint.ignoreComment"/>
            </rule-metadata>
        """
        .formatted(rule.id(), rule.id(), rule.id(), rule.id());
  }
}
