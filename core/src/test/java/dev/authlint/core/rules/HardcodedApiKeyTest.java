package dev.authlint.core.rules;

import static dev.authlint.core.testing.RuleTester.javaInput;
import static dev.authlint.core.testing.RuleTester.resourceInput;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HardcodedApiKeyTest {
  private final RuleTester tester = RuleTester.of(new HardcodedApiKey(Catalog.defaults()));

  @Test
  void keysInTheirPublishedFormatsAreErrorsWhereverTheyAreWritten() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/KeysInSource.java"), "src/main/java/app/KeysInSource.java");
  }

  @Test
  void literalsAtKeySinksAreWarnings() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/KeysAtSinks.java"), "src/main/java/app/KeysAtSinks.java");
  }

  @Test
  void correctFormsAndLookAlikesStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/NearMisses.java"), "src/main/java/app/NearMisses.java");
  }

  @Test
  void testCodeReportsOnlyRealKeyFormats() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/KeysInTestCode.java"), "src/test/java/app/KeysInTestCode.java");
  }

  @Test
  void springPropertiesFiles() {
    tester.expectMarkedFindings(
        resourceInput("hardcoded/application.properties"), "src/main/resources/application.properties");
  }

  @Test
  void springYamlFiles() {
    tester.expectMarkedFindings(
        resourceInput("hardcoded/application.yml"), "src/main/resources/application-prod.yml");
  }

  @Test
  void dotenvFiles() {
    tester.expectMarkedFindings(resourceInput("hardcoded/dotenv"), ".env");
  }

  @Test
  void dotenvTemplatesWithPlaceholdersStayQuiet() {
    tester.expectMarkedFindings(resourceInput("hardcoded/dotenv.example"), ".env.example");
  }

  @Test
  void suppressionsByAnnotationAndComment() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/Suppressed.java"), "src/main/java/app/Suppressed.java");
  }
}
