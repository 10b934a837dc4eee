package dev.authlint.core.rules;

import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.Catalog;
import dev.authlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnhandledAuthErrorTest {
  private final RuleTester tester = RuleTester.of(new UnhandledAuthError(Catalog.defaults()));

  @Test
  void openAi() {
    tester.expectMarkedFindings(
        javaInput("unhandled/OpenAiCalls.java"), "src/main/java/app/OpenAiCalls.java");
  }
}
