package dev.authlint.core.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.authlint.core.testing.RuleTester.javaInput;
import static dev.authlint.core.testing.RuleTester.resourceInput;

import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
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
  void judgedByTheModelTheCallGoesTo() {
    tester.expectMarkedFindings(
        javaInput("unhandled/ProviderModels.java"), "src/main/java/app/ProviderModels.java");
  }

  @Test
  void springAiProvidersVectorStoresAndBeans() {
    tester.expectMarkedFindings(
        javaInput("unhandled/SpringAiProviders.java"), "src/main/java/app/SpringAiProviders.java");
  }

  @Test
  void springAi() {
    tester.expectMarkedFindings(
        javaInput("unhandled/SpringAiCalls.java"), "src/main/java/app/SpringAiCalls.java");
  }

  @Test
  void springAi1xRaisesItsOwnType() {
    tester.expectMarkedFindings(
        Path.of(
            "../testdata-spring-ai1/src/main/java/dev/authlint/testdata/springai1/SpringAi1Calls.java"),
        "src/main/java/app/SpringAi1Calls.java");
  }

  @Test
  void langChain4j0x() {
    tester.expectMarkedFindings(
        RuleTester.moduleInput(
            "testdata-langchain4j0", "dev/authlint/testdata/langchain4j0/LangChain4j0Calls.java"),
        "src/main/java/app/LangChain4j0Calls.java");
  }

  /** Parse-only: Spring AI 0.8 is not on Maven Central (see the input's header). */
  @Test
  void springAi08() {
    tester.expectMarkedFindings(
        resourceInput("springai08/SpringAi08Calls.java"), "src/main/java/app/SpringAi08Calls.java");
  }

  @Test
  void theOldTheoKanningClient() {
    tester.expectMarkedFindings(
        RuleTester.moduleInput(
            "testdata-theokanning0", "dev/authlint/testdata/theokanning0/TheoKanning0Calls.java"),
        "src/main/java/app/TheoKanning0Calls.java");
  }

  @Test
  void googleGenAiServicesAreFieldsOfTheClient() {
    tester.expectMarkedFindings(
        javaInput("unhandled/GoogleGenAiCalls.java"), "src/main/java/app/GoogleGenAiCalls.java");
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
  void aTestKeptUnderMainIsTestCode() {
    tester.expectMarkedFindings(
        javaInput("unhandled/JUnitClassKeptInMain.java"), "src/main/java/app/RagChecks.java");
  }

  @Test
  void stubbingAMockIsNotACall() {
    RuleTester.of(new UnhandledAuthError(Catalog.defaults()))
        .includeTests()
        .expectMarkedFindings(
            javaInput("unhandled/MockedClients.java"), "src/test/java/app/MockedClientsTest.java");
  }

  /** An application written in a sample package under an SDK's namespace is not the SDK. */
  @Test
  void samplesUnderAnSdksNamespaceAreApplications() {
    tester.expectMarkedFindings(
        javaInput("unhandled/samples/HelloWorldSample.java"),
        "src/main/java/org/springframework/ai/openai/samples/helloworld/HelloWorldSample.java");
  }

  @Test
  void testSourcesAreReportedWithIncludeTests() {
    RuleTester.of(new UnhandledAuthError(Catalog.defaults()))
        .includeTests()
        .expectMarkedFindings(
            javaInput("unhandled/OpenAiCalls.java"), "src/test/java/app/OpenAiCalls.java");
  }

  // ---- the build decides what is out of sight ---------------------------------------------------

  private static final Path PROJECT = javaInput("unhandled/project");

  @Test
  void injectedModelsOfAnOllamaOnlyMavenBuildAreLocal() {
    tester
        .project()
        .text("pom.xml", read(resourceInput("builds/spring-ai-ollama-pom.xml")))
        .file(
            "src/main/java/app/InjectedModelService.java",
            PROJECT.resolve("InjectedModelService.java"))
        .expectMarkedFindings();
  }

  @Test
  void injectedModelsOfAnOllamaOnlyGradleBuildAreLocal() {
    tester
        .project()
        .text("build.gradle", read(resourceInput("builds/spring-ai-ollama-build.gradle")))
        .file(
            "src/main/java/app/InjectedModelService.java",
            PROJECT.resolve("InjectedModelService.java"))
        .expectMarkedFindings();
  }

  @Test
  void injectedModelsOfAHostedProviderAreReported() {
    String marked =
        read(PROJECT.resolve("InjectedModelService.java"))
            .replace(
                "chatModel.call(question);",
                "chatModel.call(question); // BUG: UnhandledAuthError \"call to OpenAI\"")
            .replace(
                "    return chatClient.prompt",
                "    // BUG: UnhandledAuthError\n    return chatClient.prompt");
    tester
        .project()
        .text("pom.xml", read(resourceInput("builds/spring-ai-openai-pom.xml")))
        .text("src/main/java/app/InjectedModelService.java", marked)
        .expectMarkedFindings();
  }

  /**
   * LangChain4j before 1.0.0-beta2 has no AuthenticationException: its OpenAI module's own is
   * named.
   */
  @Test
  void theBuildsVersionDecidesTheGeneration() {
    tester
        .project()
        .text("pom.xml", read(resourceInput("builds/langchain4j-0.35-pom.xml")))
        .file(
            "src/main/java/app/InjectedLangChain4jModel.java",
            PROJECT.resolve("InjectedLangChain4jModel.java"))
        .expectMarkedFindings();
  }

  // ---- the project model: what other files say -------------------------------------------------

  /**
   * A Spring service over several files: an inherited client, AI services made by a factory and by
   * the starter, a wrapper whose callers all handle the failure, an advice for LangChain4j's 401, a
   * scheduled job outside any request, an injected in-process embedding model.
   */
  @Test
  void acrossTheFilesOfOneProject() throws IOException {
    expectMarkedFindingsAcross("unhandled/acrossfiles");
  }

  /** The files of a test-data folder as one project's main sources, with their markers. */
  private void expectMarkedFindingsAcross(String folder) throws IOException {
    across(folder, name -> true, text -> text).expectMarkedFindings();
  }

  /**
   * The files of a test-data folder as one project's main sources: those whose names are {@code
   * kept}, each with an {@code edit} (markers added, a catch changed).
   */
  private RuleTester.Project across(
      String folder, Predicate<String> kept, UnaryOperator<String> edit) throws IOException {
    RuleTester.Project project = tester.project();
    try (var files = Files.list(javaInput(folder))) {
      files
          .sorted()
          .filter(f -> kept.test(f.getFileName().toString()))
          .forEach(f -> project.text("src/main/java/app/" + f.getFileName(), edit.apply(read(f))));
    }
    return project;
  }

  /**
   * A caller that reaches a method through a subclass of a subclass, in a file that names neither
   * the method's class nor an SDK, is one of its callers.
   */
  @Test
  void aCallerThroughASubclassOfASubclassCounts() throws IOException {
    expectMarkedFindingsAcross("unhandled/subtypes");
  }

  /**
   * A lambda seam whose every path reaches the console's catch, but for an overload no one calls:
   * that path runs nowhere, so the handled one decides.
   */
  @Test
  void anUnusedOverloadDoesNotCountAgainstTheCallersThatHandle() throws IOException {
    expectMarkedFindingsAcross("unhandled/deadoverload");
  }

  /**
   * A public method of another name that no one calls is an entry point, not an unused overload:
   * its path leaves the failure unhandled, whatever the console does.
   */
  @Test
  void anUncalledMethodOfAnotherNameIsAnEntryPoint() throws IOException {
    across(
            "unhandled/deadoverload",
            name -> true,
            text ->
                text.replace(
                    "Completions completions = params ->",
                    "// BUG: UnhandledAuthError\n    Completions completions = params ->"))
        .text(
            "src/main/java/app/Reports.java",
            """
            package dev.authlint.core.rules.testdata.unhandled.deadoverload;

            public final class Reports {
              private final Agent agent = Wiring.agent();

              public String weekly() {
                return agent.run("weekly summary", 1);
              }
            }
            """)
        .expectMarkedFindings();
  }

  /** Without the console, the unused overload is the only way in: the request is reported. */
  @Test
  void aPathOnlyThroughAnUnusedMethodIsReported() throws IOException {
    across(
            "unhandled/deadoverload",
            name -> !name.equals("Console.java"),
            text ->
                text.replace(
                    "Completions completions = params ->",
                    "// BUG: UnhandledAuthError\n    Completions completions = params ->"))
        .expectMarkedFindings();
  }

  /** A caller names the service's type through an on-demand import of another project package. */
  @Test
  void aCallerImportingTheServicesPackageOnDemandHandlesIt() {
    Path input = javaInput("unhandled/ondemand");
    tester
        .project()
        .file("src/main/java/app/service/Answers.java", input.resolve("service/Answers.java"))
        .file("src/main/java/app/web/AskController.java", input.resolve("web/AskController.java"))
        .expectMarkedFindings();
  }

  /**
   * The same service where its caller lets the failure through: the call in the service is
   * reported.
   */
  @Test
  void aCallerImportingTheServicesPackageOnDemandWithoutACatch() {
    Path input = javaInput("unhandled/ondemand");
    tester
        .project()
        .text(
            "src/main/java/app/service/Answers.java",
            read(input.resolve("service/Answers.java"))
                .replace(
                    "    return client.chat()",
                    "    // BUG: UnhandledAuthError\n    return client.chat()"))
        .text(
            "src/main/java/app/web/AskController.java",
            read(input.resolve("web/AskController.java"))
                .replace("} catch (RuntimeException e) {", "} catch (IllegalStateException e) {"))
        .expectMarkedFindings();
  }

  /**
   * Without the advice, the request handlers and the wrapper they call leave the failure unhandled.
   */
  @Test
  void aRequestHandlerWithoutAnAdviceForTheTypeIsAnEntryPoint() throws IOException {
    across(
            "unhandled/acrossfiles",
            name -> !name.equals("ApiErrors.java"),
            text ->
                text.replace(
                        "return assistant.chat(question);",
                        "return assistant.chat(question); // BUG: UnhandledAuthError")
                    .replace(
                        "return summarizer.summarize(text);",
                        "return summarizer.summarize(text); // BUG: UnhandledAuthError"))
        .expectMarkedFindings();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * LangChain4j's own chains call its models and pass the failure on: that is the SDK, not a user.
   * The SDKs' example packages are written as user code and are judged.
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
    return new Engine(
            List.of(new UnhandledAuthError(Catalog.defaults())), Catalog.defaults(), false)
        .analyze(new SourceFile(path, text, SourceFile.Kind.JAVA))
        .findings();
  }
}
