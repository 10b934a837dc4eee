package dev.authlint.adoption;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.authlint.core.testing.TestKeys;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's own Maven project, outside authlint's build, that follows the docs and nothing else:
 * the snippets marked {@code <!-- tested: name -->} in README.md, docs/maven.md and
 * docs/checkstyle.md go into it as pasted. {@code mvn verify} must then fail on its findings
 * through each host. The local repository is one this build seeded with its own artifacts, or, from
 * .ci/fresh-machine, an empty one that only the README's install command has filled.
 */
class DocsAdoptionIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A literal passed as the key: a warning. */
  private static final String LITERAL = "team-3f9a8c2e7b1d";

  @TempDir static Path projects;
  private static String key;

  record Build(int exitCode, String log) {}

  @BeforeAll
  static void makeKey() {
    key = new TestKeys(17).make("OPENAI_PROJECT_KEY");
  }

  @Test
  void theGoalFailsTheBuild() throws Exception {
    Build build = verify("goal", snippet("docs/maven.md", "maven-goal"));

    assertThat(build.log()).contains("--- authlint-maven-plugin:" + version() + ":check");
    assertFindingsLoggedAs(
        build, "src/main/java/com/example/Assistant.java:[%d,%d] HardcodedApiKey: ");
    assertThat(build.log())
        .contains("authlint: 1 error, 1 warning in 2 files; report: target/authlint.sarif");
  }

  @Test
  void theEnforcerRuleFailsTheBuild() throws Exception {
    Build build = verify("enforcer", snippet("docs/maven.md", "enforcer-rule"));

    assertThat(build.log()).contains("--- maven-enforcer-plugin:");
    assertFindingsLoggedAs(
        build, "src/main/java/com/example/Assistant.java:[%d,%d] HardcodedApiKey: ");
    assertThat(build.log()).contains("authlint: 1 error, 1 warning in 2 files");
  }

  @Test
  void checkstyleFailsTheBuildPrintingEachViolationOnce() throws Exception {
    Build build =
        verify(
            "checkstyle",
            snippet("docs/checkstyle.md", "checkstyle-plugin"),
            "authlint-checkstyle.xml",
            snippet("docs/checkstyle.md", "checkstyle-config"));

    assertFindingsLoggedAs(
        build, "src/main/java/com/example/Assistant.java:[%d,%d] (extension) HardcodedApiKey: ");
    assertThat(build.log()).contains("You have 2 Checkstyle violations.");
  }

  @Test
  void theDocumentedPropertiesSuppressionKeepsTheValues() throws IOException {
    Properties read = new Properties();
    read.load(new StringReader(snippet("README.md", "properties-suppression")));

    assertThat(read.getProperty("spring.ai.retry.on-client-errors")).isEqualTo("true");
    assertThat(read.getProperty("spring.ai.openai.api-key")).isEqualTo("mock-3f9a8c2e7b1d");
  }

  /**
   * The two findings of Assistant.java, each logged once in the host's form, and nothing from the
   * properties file, whose entries the README's suppression comments cover.
   */
  private static void assertFindingsLoggedAs(Build build, String form) {
    assertWithMessage(build.log()).that(build.exitCode()).isNotEqualTo(0);
    assertThat(build.log()).contains("BUILD FAILURE");
    for (String finding : List.of(String.format(form, 8, 37), String.format(form, 11, 48))) {
      assertWithMessage(build.log()).that(count(build.log(), finding)).isEqualTo(1);
    }
    assertThat(build.log()).doesNotContain("application.properties:[");
    assertThat(build.log()).doesNotContain(key);
    assertThat(build.log()).doesNotContain(LITERAL);
  }

  /** Makes the project with the snippet in its build plugins (and other files), runs mvn verify. */
  private static Build verify(String name, String plugin, String... files) throws Exception {
    Path project = Files.createDirectories(projects.resolve(name));
    Files.writeString(project.resolve("pom.xml"), pom(plugin));
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(project.resolve(files[i]), files[i + 1]);
    }
    write(
        project.resolve("src/main/java/com/example/Assistant.java"),
        "package com.example;\n"
            + "\n"
            + "import com.openai.client.OpenAIClient;\n"
            + "import com.openai.client.okhttp.OpenAIOkHttpClient;\n"
            + "\n"
            + "/** Code a new user might have: a key kept in source, a literal passed as the key. */\n"
            + "public final class Assistant {\n"
            + "  static final String BACKUP_KEY = \""
            + key
            + "\";\n"
            + "\n"
            + "  static OpenAIClient client() {\n"
            + "    return OpenAIOkHttpClient.builder().apiKey(\""
            + LITERAL
            + "\").build();\n"
            + "  }\n"
            + "}\n");
    write(
        project.resolve("src/main/resources/application.properties"),
        snippet("README.md", "properties-suppression"));
    return mvn(project, "verify");
  }

  /**
   * A plain project on Java 17 with pinned core plugins, as most projects have, and the snippet.
   */
  private static String pom(String plugin) {
    return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + "  <groupId>com.example</groupId>\n"
        + "  <artifactId>assistant</artifactId>\n"
        + "  <version>1.0</version>\n"
        + "  <properties>\n"
        + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n"
        + "    <maven.compiler.release>17</maven.compiler.release>\n"
        + "  </properties>\n"
        + "  <dependencies>\n"
        + "    <dependency>\n"
        + "      <groupId>com.openai</groupId>\n"
        + "      <artifactId>openai-java</artifactId>\n"
        + "      <version>"
        + System.getProperty("adoption.openaiVersion")
        + "</version>\n"
        + "    </dependency>\n"
        + "  </dependencies>\n"
        + "  <build>\n"
        + "    <pluginManagement>\n"
        + "      <plugins>\n"
        + pinned("maven-resources-plugin", "3.3.1")
        + pinned("maven-compiler-plugin", "3.13.0")
        + pinned("maven-surefire-plugin", "3.5.2")
        + pinned("maven-jar-plugin", "3.4.2")
        + "      </plugins>\n"
        + "    </pluginManagement>\n"
        + "    <plugins>\n"
        + plugin
        + "    </plugins>\n"
        + "  </build>\n"
        + "</project>\n";
  }

  private static String pinned(String artifactId, String version) {
    return "        <plugin>\n"
        + "          <artifactId>"
        + artifactId
        + "</artifactId>\n"
        + "          <version>"
        + version
        + "</version>\n"
        + "        </plugin>\n";
  }

  /** The fenced block after {@code <!-- tested: name -->} in a doc, as a user would copy it. */
  private static String snippet(String doc, String name) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve(doc));
    int marker = lines.indexOf("<!-- tested: " + name + " -->");
    assertWithMessage("%s has no snippet marked %s", doc, name).that(marker).isAtLeast(0);
    assertThat(lines.get(marker + 1)).startsWith("```");
    StringBuilder text = new StringBuilder();
    for (String line : lines.subList(marker + 2, lines.size())) {
      if (line.startsWith("```")) {
        return text.toString();
      }
      text.append(line).append('\n');
    }
    throw new AssertionError(doc + ": the snippet " + name + " is not closed");
  }

  private static String version() {
    return System.getProperty("adoption.version");
  }

  /**
   * Runs this build's Maven in a directory, with the repository the new project uses: the empty one
   * .ci/fresh-machine filled with the README's install command, or one seeded by this build.
   */
  private static Build mvn(Path dir, String... goals) throws IOException, InterruptedException {
    String fresh = System.getProperty("adoption.repository", "");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
    command.add("-B");
    if (fresh.isBlank()) {
      command.add("-Dmaven.repo.local=" + System.getProperty("adoption.seededRepository"));
      command.add("--settings");
      command.add(settings(dir).toString());
    } else {
      command.add("-Dmaven.repo.local=" + fresh);
    }
    command.addAll(List.of(goals));
    Path log = dir.resolve("build.log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    int exit = process.waitFor();
    return new Build(exit, Files.readString(log, StandardCharsets.UTF_8));
  }

  /**
   * The seeded repository holds this build's artifacts; released ones are read from the user's
   * local repository (a file repository, so nothing is written there) before Central.
   */
  private static Path settings(Path dir) throws IOException {
    String repository =
        "<id>user-local</id><url>file://"
            + System.getProperty("adoption.userRepository")
            + "</url>"
            + "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>";
    Path settings = dir.resolve("settings.xml");
    Files.writeString(
        settings,
        "<settings><profiles><profile><id>user-local</id>"
            + "<repositories><repository>"
            + repository
            + "</repository></repositories>"
            + "<pluginRepositories><pluginRepository>"
            + repository
            + "</pluginRepository></pluginRepositories>"
            + "</profile></profiles><activeProfiles><activeProfile>user-local</activeProfile></activeProfiles>"
            + "</settings>\n");
    return settings;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
