package dev.authlint.core.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.authlint.core.testing.RuleTester.javaInput;
import static dev.authlint.core.testing.RuleTester.resourceInput;

import dev.authlint.core.Engine;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetriesAuthErrorTest {
  private final RetriesAuthError rule = new RetriesAuthError(Catalog.defaults());
  private final RuleTester tester = RuleTester.of(rule);

  @Test
  void retryLoopsThatGoRoundAfterA401() {
    tester.expectMarkedFindings(
        javaInput("retries/RetryLoops.java"), "src/main/java/app/RetryLoops.java");
  }

  @Test
  void theMessageNamesTheCaughtType() {
    RuleTester.of(rule)
        .expectMarkedFindings(
            javaInput("retries/CaughtTypes.java"), "src/main/java/app/CaughtTypes.java");
  }

  @Test
  void catchesOfThe401WrittenAnyWay() {
    tester.expectMarkedFindings(
        javaInput("retries/CatchForms.java"), "src/main/java/app/CatchForms.java");
  }

  /** The rule's text test, on the one catch of a retry loop written each way. */
  @Test
  void aFileWhoseCatchesCannotReceiveThe401IsNotParsed() throws IOException {
    tester.expectMarkedFindings(
        javaInput("retries/OtherExceptionsOnly.java"),
        "src/main/java/app/OtherExceptionsOnly.java");
    String text = Files.readString(javaInput("retries/OtherExceptionsOnly.java"));
    assertThat(rule.needsParse(javaFile(text))).isFalse();
    for (String receivesThe401 :
        List.of(
            "catch (final retrofit2.HttpException e)",
            "catch (IOException | RuntimeException e)",
            "catch (IOException|java.lang.Exception e)",
            "catch (@SuppressWarnings(\"unused\") IOException e)")) {
      assertThat(rule.needsParse(javaFile(text.replace("catch (IOException e)", receivesThe401))))
          .isTrue();
    }
  }

  private static SourceFile javaFile(String text) {
    return new SourceFile("src/main/java/app/App.java", text, SourceFile.Kind.JAVA, null);
  }

  @Test
  void judgedLikeUnhandledAuthErrorJudgesHandling() {
    tester.expectMarkedFindings(
        javaInput("retries/ProviderRetries.java"), "src/main/java/app/ProviderRetries.java");
  }

  /**
   * Helpers in other files: one that keeps the 401 and returns, one that lets it through to a
   * catch.
   */
  @Test
  void throughTheHelpersOfOneProject() throws IOException {
    RuleTester.Project project = tester.project();
    try (var files = Files.list(javaInput("retries/acrossfiles"))) {
      files.sorted().forEach(f -> project.file("src/main/java/app/" + f.getFileName(), f));
    }
    project.expectMarkedFindings();
  }

  @Test
  void loopsThatLeaveOnA401OrWalkInputsStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("retries/RetryLoopsCorrect.java"), "src/main/java/app/RetryLoopsCorrect.java");
  }

  @Test
  void theProjectsOwnClientNamedLikeTheSdksIsNotAnSdkRequest() {
    tester.expectMarkedFindings(
        javaInput("retries/OwnClientLoops.java"), "src/main/java/app/OwnClientLoops.java");
  }

  @Test
  void typesDeclaredInTheFileAndSdkDataFactoriesAreNotSdkRequests() throws IOException {
    String text =
        Files.readString(javaInput("retries/SdkPackageHelpers.java"))
            .replaceFirst("package [\\w.]+;", "package dev.langchain4j.internal;");
    SourceFile file =
        new SourceFile(
            "src/main/java/dev/langchain4j/internal/SdkPackageHelpers.java",
            text,
            SourceFile.Kind.JAVA);
    assertThat(new Engine(List.of(rule), Catalog.defaults(), false).analyze(file).findings())
        .isEmpty();
  }

  @Test
  void recursiveRetriesFromACatchOrAFuturesErrorHandler() {
    tester.expectMarkedFindings(
        javaInput("retries/RecursiveRetries.java"), "src/main/java/app/RecursiveRetries.java");
  }

  @Test
  void springRetryAnnotationsAndTemplates() {
    tester.expectMarkedFindings(
        javaInput("retries/SpringRetryPolicies.java"),
        "src/main/java/app/SpringRetryPolicies.java");
  }

  @Test
  void resilience4jConfigurations() {
    tester.expectMarkedFindings(
        javaInput("retries/Resilience4jPolicies.java"),
        "src/main/java/app/Resilience4jPolicies.java");
  }

  @Test
  void failsafePolicies() {
    tester.expectMarkedFindings(
        javaInput("retries/FailsafePolicies.java"), "src/main/java/app/FailsafePolicies.java");
  }

  @Test
  void policiesInFilesWithoutAnSdkAreNotJudged() {
    tester.expectMarkedFindings(
        javaInput("retries/PoliciesWithoutAnSdk.java"),
        "src/main/java/app/PoliciesWithoutAnSdk.java");
  }

  @Test
  void springAiRetrySettingsInProperties() {
    tester.expectMarkedFindings(
        resourceInput("retries/application.properties"),
        "src/main/resources/application.properties");
  }

  @Test
  void springAiRetrySettingsInYaml() {
    tester.expectMarkedFindings(
        resourceInput("retries/application.yml"), "src/main/resources/application.yml");
  }

  @Test
  void springAiClientErrorsWithThe401ExcludedStayQuiet() {
    tester.expectMarkedFindings(
        resourceInput("retries/application-excluded.properties"),
        "src/main/resources/application-excluded.properties");
  }

  @Test
  void testCodeIsQuietUnlessTestsAreIncluded() throws IOException {
    String text = Files.readString(javaInput("retries/RetryLoops.java"));
    SourceFile asTest =
        new SourceFile("src/test/java/app/RetryLoopsTest.java", text, SourceFile.Kind.JAVA);
    assertThat(new Engine(List.of(rule), Catalog.defaults(), false).analyze(asTest).findings())
        .isEmpty();
    assertThat(new Engine(List.of(rule), Catalog.defaults(), true).analyze(asTest).findings())
        .hasSize(12);
  }

  @Test
  void messagesNameTheExceptionAndTheLibrarysWayToExcludeIt() {
    assertThat(messages("retries/RetryLoops.java").get(0))
        .contains("Catch UnauthorizedException first and rethrow it");
    assertThat(messages("retries/SpringRetryPolicies.java"))
        .containsAtLeast(
            "This Spring Retry @Retryable policy retries AuthenticationException (HTTP 401, a bad "
                + "key) because it retries every exception; a bad key fails the same way on every "
                + "attempt. Fix: add noRetryFor = AuthenticationException.class.",
            "This Spring Retry RetryTemplate policy retries UnauthorizedException (HTTP 401, a bad"
                + " key) because it retries OpenAIServiceException; a bad key fails the same way on"
                + " every attempt. Fix: list only transient types in .retryOn(..)"
                + " (RetryTemplate.builder() cannot combine retryOn with notRetryOn).");
    assertThat(String.join("\n", messages("retries/Resilience4jPolicies.java")))
        .contains("Fix: add .ignoreExceptions(UnauthorizedException.class).");
    assertThat(String.join("\n", messages("retries/FailsafePolicies.java")))
        .contains("Fix: add .abortOn(AuthenticationException.class).");
  }

  private List<String> messages(String input) {
    try {
      String text = Files.readString(javaInput(input));
      SourceFile file = new SourceFile("src/main/java/app/X.java", text, SourceFile.Kind.JAVA);
      return new Engine(List.of(rule), Catalog.defaults(), false)
          .analyze(file).findings().stream().map(f -> f.message()).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
