package dev.authlint.core;

import static com.google.common.truth.Truth.assertThat;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.rules.Rules;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Suppression comments in each kind of file, and what they must never do to the user's values. */
class SuppressionsTest {
  private static final Engine ENGINE = new Engine(Rules.all(), Catalog.defaults(), false);
  private static final String KEY_ENTRY = "spring.ai.openai.api-key=team-3f9a8c2e7b1d\n";
  private static final String RETRY_ENTRY = "spring.ai.retry.on-client-errors=true\n";

  private static Engine.FileResult analyze(String name, String text) {
    return ENGINE.analyze(new SourceFile(name, text, SourceFile.Kind.of(name)));
  }

  private static List<String> rules(Engine.FileResult result) {
    return result.findings().stream().map(Finding::ruleId).toList();
  }

  private static Properties load(String text) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    return properties;
  }

  @Test
  void theEntriesAreFindingsWithoutAComment() {
    assertThat(rules(analyze("application.properties", KEY_ENTRY + RETRY_ENTRY)))
        .containsExactly("HardcodedApiKey", "RetriesAuthError");
  }

  @Test
  void aPropertiesCommentLineAboveTheEntrySuppressesAndLeavesTheValueAlone() throws IOException {
    // The form the README and the rule pages show for .properties files.
    String documented =
        "# authlint:ignore HardcodedApiKey\n"
            + KEY_ENTRY
            + "# authlint:ignore RetriesAuthError (a local mock server answers 401 on purpose)\n"
            + RETRY_ENTRY;

    Engine.FileResult result = analyze("application.properties", documented);

    assertThat(result.findings()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(load(documented)).isEqualTo(load(KEY_ENTRY + RETRY_ENTRY));
    assertThat(load(documented).getProperty("spring.ai.retry.on-client-errors")).isEqualTo("true");
  }

  @Test
  void aPropertiesCommentAfterTheValueIsPartOfTheValueAndIsNotHonoured() throws IOException {
    String trailing = RETRY_ENTRY.replace("\n", " # authlint:ignore RetriesAuthError\n");

    Engine.FileResult result = analyze("application.properties", trailing);

    // java.util.Properties, like Spring, reads the comment into the value: no longer a boolean.
    assertThat(load(trailing).getProperty("spring.ai.retry.on-client-errors"))
        .isEqualTo("true # authlint:ignore RetriesAuthError");
    assertThat(result.warnings()).hasSize(1);
    Diagnostic warning = result.warnings().get(0);
    assertThat(warning.line()).isEqualTo(1);
    assertThat(warning.ruleId()).isEqualTo("RetriesAuthError");
    assertThat(warning.message()).contains("part of the value");
  }

  @Test
  void yamlAndDotenvTakeTheCommentAboveOrAtTheEndOfTheLine() {
    String yaml = "spring:\n  ai:\n    openai:\n";
    String yamlEntry = "      api-key: team-3f9a8c2e7b1d";
    String ignore = "# authlint:ignore HardcodedApiKey";
    String envEntry = "OPENAI_API_KEY=team-3f9a8c2e7b1d";

    assertThat(rules(analyze("application.yml", yaml + yamlEntry + "\n")))
        .containsExactly("HardcodedApiKey");
    assertThat(
            rules(analyze("application.yml", yaml + "      " + ignore + "\n" + yamlEntry + "\n")))
        .isEmpty();
    assertThat(rules(analyze("application.yml", yaml + yamlEntry + " " + ignore + "\n"))).isEmpty();
    assertThat(rules(analyze(".env", envEntry + "\n"))).containsExactly("HardcodedApiKey");
    assertThat(rules(analyze(".env", ignore + "\n" + envEntry + "\n"))).isEmpty();
    assertThat(rules(analyze(".env", envEntry + " " + ignore + "\n"))).isEmpty();
  }

  @Test
  void aCommentAboveReachesOnlyTheEntryDirectlyBelowItsCommentBlock() {
    String apart = "# authlint:ignore HardcodedApiKey\n\n" + KEY_ENTRY;
    String block = "# authlint:ignore HardcodedApiKey\n# the team's shared dev key\n" + KEY_ENTRY;

    assertThat(rules(analyze("application.properties", apart))).containsExactly("HardcodedApiKey");
    assertThat(rules(analyze("application.properties", block))).isEmpty();
  }

  @Test
  void ruleIdsIgnoreCaseInCommentsAndAnnotations() {
    String java =
        "import com.openai.client.okhttp.OpenAIOkHttpClient;\n"
            + "class App {\n"
            + "  Object a = OpenAIOkHttpClient.builder().apiKey(\"prod-key-4f9c2a81d7\").build();"
            + " // authlint:ignore hardcodedapikey\n"
            + "  @SuppressWarnings(\"AUTHLINT:HARDCODEDAPIKEY\")\n"
            + "  Object b = OpenAIOkHttpClient.builder().apiKey(\"prod-key-4f9c2a81d7\").build();\n"
            + "}\n";

    Engine.FileResult result = analyze("App.java", java);

    assertThat(result.findings()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void anUnknownRuleIdIsAWarningThatNamesTheNearestRule() {
    Engine.FileResult result =
        analyze("application.properties", "# authlint:ignore HardcodedKey\n" + KEY_ENTRY);

    assertThat(rules(result)).containsExactly("HardcodedApiKey");
    assertThat(result.diagnostic()).isNull();
    Diagnostic warning = result.warnings().get(0);
    assertThat(warning.notAnalysed()).isFalse();
    assertThat(warning.where()).isEqualTo("application.properties:1");
    assertThat(warning.ruleId()).isEqualTo("HardcodedApiKey");
    assertThat(warning.message())
        .isEqualTo(
            "unknown rule 'HardcodedKey' in authlint:ignore, so nothing is suppressed by it"
                + " (did you mean HardcodedApiKey?)");
  }

  @Test
  void filesWithoutFindingsStillGetTheirIgnoreCommentsChecked() {
    Engine.FileResult result =
        analyze("Quiet.java", "class Quiet { int x; // authlint:ignore RetriesAuthErorr\n}\n");

    assertThat(result.warnings()).hasSize(1);
    assertThat(result.warnings().get(0).ruleId()).isEqualTo("RetriesAuthError");
  }
}
