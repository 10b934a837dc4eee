package dev.authlint.core.rules;

import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ApiKeyInLogTest {
  private final RuleTester tester = RuleTester.of(new ApiKeyInLog(Catalog.defaults()));

  @Test
  void keysReachingLoggersStandardOutputAndExceptionMessages() {
    tester.expectMarkedFindings(
        javaInput("keys/KeysInLogs.java"), "src/main/java/app/KeysInLogs.java");
  }

  @Test
  void loggersDeclaredByLombok() {
    tester.expectMarkedFindings(
        javaInput("keys/KeysInLombokLogs.java"), "src/main/java/app/KeysInLombokLogs.java");
  }

  @Test
  void maskedKeysKeyVariableNamesAndOtherValuesStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("keys/KeysInLogsNearMisses.java"), "src/main/java/app/KeysInLogsNearMisses.java");
  }
}
