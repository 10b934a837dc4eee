package dev.authlint.core.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MisspelledKeyVariableTest {
  private final RuleTester tester = RuleTester.of(new MisspelledKeyVariable(Catalog.defaults()));

  @Test
  void nearMissesOfTheDocumentedNamesThatReachAClient() {
    tester.expectMarkedFindings(
        javaInput("keys/Misspelled.java"), "src/main/java/app/Misspelled.java");
  }

  @Test
  void documentedNamesFallbacksAndNamesOfTheirOwnStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("keys/MisspelledNearMisses.java"), "src/main/java/app/MisspelledNearMisses.java");
  }

  @Test
  void nearness() {
    assertThat(MisspelledKeyVariable.isNear("OPENAI_APIKEY", "OPENAI_API_KEY")).isTrue();
    assertThat(MisspelledKeyVariable.isNear("openai_api_key", "OPENAI_API_KEY")).isTrue();
    assertThat(MisspelledKeyVariable.isNear("ANTROPIC_API_KEY", "ANTHROPIC_API_KEY")).isTrue();
    assertThat(MisspelledKeyVariable.isNear("GEMINI_KEY", "GEMINI_API_KEY")).isTrue();
    assertThat(MisspelledKeyVariable.isNear("OPENAI_API_KEY_2", "OPENAI_API_KEY")).isFalse();
    assertThat(MisspelledKeyVariable.isNear("GROQ_API_KEY", "GOOGLE_API_KEY")).isFalse();
    assertThat(MisspelledKeyVariable.isNear("OPENROUTER_API_KEY", "OPENAI_API_KEY")).isFalse();
    assertThat(MisspelledKeyVariable.isNear("XAI_API_KEY", "OPENAI_API_KEY")).isFalse();
  }

  @Test
  void keySettingsReadingANearMissOfAVariable() {
    RuleTester.of(new MisspelledKeyVariable(Catalog.defaults()))
        .expectMarkedFindings(
            RuleTester.resourceInput("keys/application-misspelled.properties"),
            "src/main/resources/application.properties");
  }
}
