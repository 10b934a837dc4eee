package dev.authlint.core.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.SourceFile;
import dev.authlint.core.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnhandledAuthErrorTest {
  private final RuleTester tester = RuleTester.of(new UnhandledAuthError(Catalog.defaults()));

  @Test
  void openAi() {
    tester.expectMarkedFindings(
        javaInput("unhandled/OpenAiCalls.java"), "src/main/java/app/OpenAiCalls.java");
  }

  @Test
  void catchesThrowsHelpersLambdasAndAnthropic() {
    tester.expectMarkedFindings(
        javaInput("unhandled/HandlingForms.java"), "src/main/java/app/HandlingForms.java");
  }

  @Test
  void langChain4jModelsAndAiServices() {
    tester.expectMarkedFindings(
        javaInput("unhandled/LangChain4jCalls.java"), "src/main/java/app/LangChain4jCalls.java");
  }

  @Test
  void springAi() {
    tester.expectMarkedFindings(
        javaInput("unhandled/SpringAiCalls.java"), "src/main/java/app/SpringAiCalls.java");
  }

  @Test
  void springAi1xRaisesItsOwnType() {
    tester.expectMarkedFindings(
        Path.of("../testdata-spring-ai1/src/main/java/dev/authlint/testdata/springai1/SpringAi1Calls.java"),
        "src/main/java/app/SpringAi1Calls.java");
  }

  @Test
  void azureTheoKanningAndSimpleOpenAi() {
    tester.expectMarkedFindings(
        javaInput("unhandled/OtherSdkCalls.java"), "src/main/java/app/OtherSdkCalls.java");
  }

  @Test
  void projectTypesWithTheSdksNamesAreNotTheSdk() {
    tester.expectMarkedFindings(
        javaInput("unhandled/LookAlikes.java"), "src/main/java/app/LookAlikes.java");
  }

  @Test
  void testSourcesAreNotReported() {
    tester.expectMarkedFindings(
        javaInput("unhandled/TestCodeCalls.java"), "src/test/java/app/TestCodeCalls.java");
  }

  @Test
  void testSourcesAreReportedWithIncludeTests() {
    RuleTester.of(new UnhandledAuthError(Catalog.defaults()))
        .includeTests()
        .expectMarkedFindings(
            javaInput("unhandled/OpenAiCalls.java"), "src/test/java/app/OpenAiCalls.java");
  }

  /**
   * LangChain4j's own chains call its models and pass the failure on: that is the SDK, not a user. The
   * SDKs' example packages are written as user code and are judged.
   */
  @Test
  void anSdksOwnSourcesAreNotJudgedButItsExamplesAre() throws IOException {
    assertThat(findingsInPackage("dev.langchain4j.chain")).isEmpty();
    assertThat(findingsInPackage("dev.langchain4j.example")).isNotEmpty();
  }

  private List<Finding> findingsInPackage(String packageName) throws IOException {
    String text =
        Files.readString(javaInput("unhandled/LangChain4jCalls.java"))
            .replaceFirst("package [\\w.]+;", "package " + packageName + ";");
    String path = "src/main/java/" + packageName.replace('.', '/') + "/LangChain4jCalls.java";
    return new Engine(List.of(new UnhandledAuthError(Catalog.defaults())), Catalog.defaults(), false)
        .analyze(new SourceFile(path, text, SourceFile.Kind.JAVA))
        .findings();
  }
}
