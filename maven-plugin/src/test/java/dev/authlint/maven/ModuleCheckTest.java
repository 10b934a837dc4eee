package dev.authlint.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlint.core.Finding;
import dev.authlint.core.HostPipeline;
import dev.authlint.core.testing.TestKeys;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleCheckTest {
  private static final String CLIENT =
      """
      package demo;

      import com.openai.client.okhttp.OpenAIOkHttpClient;

      class Client {
        Object client() {
          return OpenAIOkHttpClient.builder().apiKey("team-3f9a8c2e7b1d").build();
        }
      }
      """;

  @TempDir Path root;
  private Path module;
  private MavenProject project;
  private MavenSession session;
  private final List<String> lines = new ArrayList<>();
  private final ModuleCheck.Log log =
      new ModuleCheck.Log(
          line -> lines.add("ERROR " + line),
          line -> lines.add("WARN " + line),
          line -> lines.add("INFO " + line));

  @BeforeEach
  void module() throws IOException {
    module = root.resolve("service");
    write("src/main/java/demo/Client.java", CLIENT);
    write(
        "src/main/resources/application.properties",
        "spring.ai.openai.api-key=prod-7c1e9a4f2b8d\n");
    // In tests only keys in a real format are reported, not dummies.
    write(
        "src/test/java/demo/ClientTest.java",
        CLIENT
            .replace("class Client", "class ClientTest")
            .replace("team-3f9a8c2e7b1d", new TestKeys(3).make("DEEPSEEK_KEY")));

    Model model = new Model();
    model.setGroupId("demo");
    model.setArtifactId("service");
    project = new MavenProject(model);
    project.setFile(module.resolve("pom.xml").toFile());
    project.addCompileSourceRoot(module.resolve("src/main/java").toString());
    project.addTestCompileSourceRoot(module.resolve("src/test/java").toString());
    project.addResource(resource("src/main/resources"));
    project.addTestResource(resource("src/test/resources")); // absent: skipped

    MavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.setMultiModuleProjectDirectory(root.toFile());
    session = newSession(request);
  }

  // The constructor Maven itself uses needs a container and a repository session; a bare one will
  // do.
  @SuppressWarnings("deprecation")
  private static MavenSession newSession(MavenExecutionRequest request) {
    return new MavenSession(null, null, request, new DefaultMavenExecutionResult());
  }

  @Test
  void logsEachFindingWithItsPathFromTheBuildRoot() throws IOException {
    HostPipeline.Outcome outcome = new ModuleCheck().run(project, session, log);

    assertThat(outcome.failing()).isEqualTo(2);
    assertThat(outcome.summary()).isEqualTo("authlint: 0 errors, 2 warnings in 2 files");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("WARN service/src/main/java/demo/Client.java:[7,48] HardcodedApiKey: ");
    assertThat(lines.get(1))
        .startsWith(
            "WARN service/src/main/resources/application.properties:[1,26] HardcodedApiKey: ");
    // The key itself is never logged.
    assertThat(String.join("\n", lines)).doesNotContain("3f9a8c2e7b1d");
  }

  @Test
  void badFilesAreNamedOnceEachAndTheOthersStillReported() throws IOException {
    String key = new TestKeys(5).make("ANTHROPIC_API_KEY");
    write(
        "src/main/java/demo/Broken.java",
        "import com.openai.client.OpenAIClient;\nclass Broken { String k = \""
            + key
            + "\"; void f( }\n");
    Path binary = module.resolve("src/main/java/demo/Binary.java");
    Files.write(binary, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});
    write(
        "src/main/java/demo/Deep.java",
        "import com.openai.client.OpenAIClient;\nclass Deep { int x = "
            + "(".repeat(20_000)
            + "1"
            + ")".repeat(20_000)
            + "; }\n");

    HostPipeline.Outcome outcome = new ModuleCheck().run(project, session, log);

    String logged = String.join("\n", lines);
    assertThat(outcome.result().findings().stream().map(f -> f.path()).toList())
        .containsExactly(
            "service/src/main/java/demo/Broken.java",
            "service/src/main/java/demo/Client.java",
            "service/src/main/resources/application.properties");
    assertThat(lines.stream().filter(l -> l.contains("Binary.java")).count()).isEqualTo(1);
    assertThat(
            lines.stream()
                .filter(l -> l.contains("Broken.java") && l.contains("could not be parsed"))
                .count())
        .isEqualTo(1);
    assertThat(lines.stream().filter(l -> l.contains("Deep.java")).count()).isEqualTo(1);
    assertThat(logged).doesNotContain(key);
    assertThat(logged).doesNotContain("\tat ");
  }

  @Test
  void testFoldersOnlyWhenTestsAreIncluded() throws IOException {
    assertThat(new ModuleCheck().includeTests(true).run(project, session, log).result().findings())
        .hasSize(3);
    assertThat(lines.get(2)).contains("service/src/test/java/demo/ClientTest.java:[7,48]");
  }

  @Test
  void historyReportsAKeyRemovedInALaterCommitOnceInTheExecutionRoot() throws Exception {
    String key = new TestKeys(4).make("GROQ_KEY");
    try (Git git = Git.init().setDirectory(module.toFile()).setInitialBranch("main").call()) {
      write("src/main/resources/llm.properties", "groq.api-key=" + key + "\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("key").setSign(false).call();
      write("src/main/resources/llm.properties", "groq.api-key=${GROQ_API_KEY}\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("no key").setSign(false).call();
    }

    assertThat(new ModuleCheck().history(true).run(project, session, log).result().findings())
        .hasSize(2);
    project.setExecutionRoot(true);
    List<Finding> findings =
        new ModuleCheck().history(true).run(project, session, log).result().findings();

    assertThat(findings).hasSize(3);
    assertThat(
            findings.stream()
                .filter(f -> f.message().contains("was committed in"))
                .map(Finding::path))
        .containsExactly("service/src/main/resources/llm.properties");
    assertThat(String.join("\n", lines)).doesNotContain(key);
  }

  @Test
  void includesAndExcludesMatchRelativeToEachFolder() throws IOException {
    assertThat(
            new ModuleCheck()
                .includes(List.of("**/*.java"))
                .run(project, session, log)
                .result()
                .filesAnalysed())
        .isEqualTo(1);
    assertThat(
            new ModuleCheck()
                .includes(List.of("demo/*.java"))
                .run(project, session, log)
                .result()
                .filesAnalysed())
        .isEqualTo(1);
    HostPipeline.Outcome excluded =
        new ModuleCheck().excludes(List.of("demo/**", " ")).run(project, session, log);
    assertThat(excluded.result().filesAnalysed()).isEqualTo(1);
    assertThat(excluded.result().findings().get(0).path()).endsWith("application.properties");
  }

  @Test
  void failOnMeansWhatTheCommandLinesFailOnMeans() throws IOException {
    assertThat(new ModuleCheck().failOn("error").run(project, session, log).failing()).isEqualTo(0);
    assertThat(new ModuleCheck().failOn(" Warning ").run(project, session, log).failing())
        .isEqualTo(2);
    assertThat(new ModuleCheck().failOn("never").run(project, session, log).fails()).isFalse();
  }

  @Test
  void aBaselineAcceptsTheFindingsItRecorded() throws IOException {
    File baseline = root.resolve("authlint-baseline.json").toFile();
    HostPipeline.Outcome recorded =
        new ModuleCheck().writeBaseline(baseline).run(project, session, log);
    // As with the command line's --write-baseline: the recorded findings are accepted, nothing
    // fails.
    assertThat(recorded.fails()).isFalse();
    assertThat(lines).isEmpty();
    assertThat(recorded.summary()).startsWith("authlint: recorded 2 findings in " + baseline);
    write("src/main/java/demo/Other.java", CLIENT.replace("class Client", "class Other"));
    lines.clear();

    HostPipeline.Outcome outcome = new ModuleCheck().baseline(baseline).run(project, session, log);

    assertThat(outcome.failing()).isEqualTo(1);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("demo/Other.java");
  }

  @Test
  void aMissingBaselineIsNamed() {
    File missing = root.resolve("missing.json").toFile();
    IOException e =
        assertThrows(
            IOException.class,
            () -> new ModuleCheck().baseline(missing).run(project, session, log));
    assertThat(e).hasMessageThat().startsWith("could not read the baseline " + missing + ": ");
  }

  @Test
  void writesTheReportInTheChosenFormat() throws IOException {
    File report = module.resolve("target/authlint.json").toFile();
    HostPipeline.Outcome outcome =
        new ModuleCheck().outputFormat("json").outputFile(report).run(project, session, log);

    assertThat(outcome.summary()).endsWith("; report: service/target/authlint.json");
    assertThat(Files.readString(report.toPath())).contains("\"ruleId\" : \"HardcodedApiKey\"");
  }

  @Test
  void selectsRulesByIdsInAnyCase() throws IOException {
    ModuleCheck none = new ModuleCheck().rules(List.of(), List.of("hardcodedAPIkey"));
    assertThat(none.run(project, session, log).result().findings()).isEmpty();
  }

  @Test
  void anIgnoreCommentNamingNoRuleIsLoggedAsAWarning() throws IOException {
    write(
        "src/main/resources/application.properties",
        "# authlint:ignore HardcodedKey\nspring.ai.openai.api-key=prod-7c1e9a4f2b8d\n");

    HostPipeline.Outcome outcome = new ModuleCheck().run(project, session, log);

    assertThat(outcome.failing()).isEqualTo(2);
    assertThat(lines)
        .contains(
            "WARN service/src/main/resources/application.properties:1: unknown rule"
                + " 'HardcodedKey' in authlint:ignore, so nothing is suppressed by it (did you mean HardcodedApiKey?)");
  }

  @Test
  void namesWhatIsWrongWithAParameter() {
    ModuleCheck check = new ModuleCheck();
    assertThat(
            assertThrows(IllegalArgumentException.class, () -> check.rules(List.of("Nope"), null)))
        .hasMessageThat()
        .contains("unknown rule 'Nope'");
    assertThat(assertThrows(IllegalArgumentException.class, () -> check.failOn("sometimes")))
        .hasMessageThat()
        .isEqualTo("unknown failOn 'sometimes'; use one of error, warning, never");
    assertThat(assertThrows(IllegalArgumentException.class, () -> check.outputFormat("html")))
        .hasMessageThat()
        .isEqualTo("unknown outputFormat 'html'; use one of text, json, checkstyle, sarif");
  }

  @Test
  void aModuleWithoutFoldersIsNotChecked() throws IOException {
    Model model = new Model();
    model.setArtifactId("parent");
    MavenProject aggregator = new MavenProject(model);
    aggregator.setFile(root.resolve("pom.xml").toFile());

    assertThat(new ModuleCheck().run(aggregator, session, log)).isNull();
    assertThat(lines).containsExactly("INFO authlint: no source or resource folders in parent");
  }

  @Test
  void pathsOutsideTheBuildRootStayAbsolute() throws IOException {
    session.getRequest().setMultiModuleProjectDirectory(root.resolve("elsewhere").toFile());
    new ModuleCheck().run(project, session, log);
    assertThat(lines.get(0))
        .startsWith("WARN " + module.resolve("src/main/java/demo/Client.java") + ":[7,48]");
  }

  private Resource resource(String folder) {
    Resource resource = new Resource();
    resource.setDirectory(module.resolve(folder).toString());
    return resource;
  }

  private void write(String path, String text) throws IOException {
    Path file = module.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
