package dev.authlint.core.rules;

import static dev.authlint.core.testing.RuleTester.javaInput;
import static dev.authlint.core.testing.RuleTester.resourceInput;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import java.nio.file.Path;
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
  void plausibleKeyShapesWhereAKeyIsExpected() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/KeysInPlaces.java"), "src/main/java/app/KeysInPlaces.java");
  }

  @Test
  void keysInRawHttpHeadersWithoutAnySdk() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/KeysInPlainHttp.java"), "src/main/java/app/KeysInPlainHttp.java");
  }

  @Test
  void placeholdersByShapeInAnyLanguage() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/PlaceholderShapes.java"), "src/main/java/app/PlaceholderShapes.java");
  }

  @Test
  void testCodeReportsOnlyRealKeyFormats() {
    tester.expectMarkedFindings(
        javaInput("hardcoded/KeysInTestCode.java"), "src/test/java/app/KeysInTestCode.java");
  }

  @Test
  void testCodeReportsOnlyRealKeyFormatsWithIncludeTestsToo() {
    RuleTester.of(new HardcodedApiKey(Catalog.defaults()))
        .includeTests()
        .expectMarkedFindings(
            javaInput("hardcoded/KeysInTestCode.java"), "src/test/java/app/KeysInTestCode.java");
  }

  /** Spring AI 0.8 is not on Maven Central: this input is parsed, never compiled. */
  @Test
  void positionalKeyParametersOfSpringAi08Clients() {
    tester.expectMarkedFindings(
        resourceInput("hardcoded/SpringAi08Keys.java"), "src/main/java/app/SpringAi08Keys.java");
  }

  /** TheoKanning before 0.10, compiled in testdata-theokanning0/ against its jar. */
  @Test
  void keyParametersOfTheoKanningBefore010() {
    tester.expectMarkedFindings(
        Path.of(
            "../testdata-theokanning0/src/main/java/dev/authlint/testdata/theokanning0/TheoKanning0Keys.java"),
        "src/main/java/app/TheoKanning0Keys.java");
  }

  /** LangChain4j 0.x, compiled in testdata-langchain4j0/ against its jars. */
  @Test
  void keyFactoriesOfLangChain4j0() {
    tester.expectMarkedFindings(
        Path.of(
            "../testdata-langchain4j0/src/main/java/dev/authlint/testdata/langchain4j0/LangChain4j0Keys.java"),
        "src/main/java/app/LangChain4j0Keys.java");
  }

  @Test
  void microprofileConfig() {
    tester.expectMarkedFindings(
        resourceInput("hardcoded/microprofile-config.properties"),
        "src/main/resources/META-INF/microprofile-config.properties");
  }

  @Test
  void bootstrapFiles() {
    tester.expectMarkedFindings(
        resourceInput("hardcoded/bootstrap.yml"), "src/main/resources/bootstrap.yml");
  }

  @Test
  void otherTextFilesHoldDistinctiveKeysOnly() {
    tester.expectMarkedFindings(resourceInput("hardcoded/README.md"), "README.md");
  }

  @Test
  void springPropertiesFiles() {
    tester.expectMarkedFindings(
        resourceInput("hardcoded/application.properties"),
        "src/main/resources/application.properties");
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
