package dev.authlint.core.project;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFilesTest {
  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private BuildFile buildOf(String sourceFile) {
    return new BuildFiles().of(dir.resolve(sourceFile)).orElseThrow();
  }

  @Test
  void aModulesPomInheritsItsParentsPropertiesAndDependencies() throws IOException {
    write(
        "pom.xml",
        """
        <project><groupId>com.example</groupId><artifactId>parent</artifactId><version>1</version>
          <properties><lc4j.version>0.35.0</lc4j.version></properties>
          <dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId>
            <version>2.0.0</version></dependency></dependencies>
          <dependencyManagement><dependencies><dependency><groupId>dev.langchain4j</groupId>
            <artifactId>langchain4j-bom</artifactId><version>${lc4j.version}</version></dependency>
          </dependencies></dependencyManagement>
        </project>""");
    write(
        "app/pom.xml",
        """
        <project><parent><groupId>com.example</groupId><artifactId>parent</artifactId><version>1</version></parent>
          <artifactId>app</artifactId>
          <dependencies><dependency><groupId>dev.langchain4j</groupId><artifactId>langchain4j-ollama</artifactId>
          </dependency></dependencies>
        </project>""");

    BuildFile build = buildOf("app/src/main/java/App.java");

    assertThat(build.group()).isEqualTo("com.example");
    assertThat(build.dependencies().stream().map(BuildFile.Dependency::coordinates).toList())
        .containsExactly("dev.langchain4j:langchain4j-ollama", "org.slf4j:slf4j-api");
    assertThat(build.managed())
        .containsExactly(
            new BuildFile.Dependency("dev.langchain4j", "langchain4j-bom", Optional.of("0.35.0")));
  }

  @Test
  void gradleCoordinatesVariablesAndVersionCatalogs() throws IOException {
    write(
        "build.gradle.kts",
        """
        val springAiVersion = "1.0.0"
        dependencies {
            implementation(platform("org.springframework.ai:spring-ai-bom:$springAiVersion"))
            implementation("org.springframework.ai:spring-ai-starter-model-ollama")
            implementation(group = "dev.langchain4j", name = "langchain4j", version = "0.36.2")
            implementation(libs.theokanning)
        }
        """);
    write(
        "gradle/libs.versions.toml",
        """
        [versions]
        openai = "0.18.2"
        [libraries]
        theokanning = { module = "com.theokanning.openai-gpt3-java:service", version.ref = "openai" }
        """);

    BuildFile build = buildOf("src/main/java/App.java");

    assertThat(build.dependencies())
        .containsAtLeast(
            new BuildFile.Dependency(
                "org.springframework.ai", "spring-ai-bom", Optional.of("1.0.0")),
            new BuildFile.Dependency(
                "org.springframework.ai", "spring-ai-starter-model-ollama", Optional.empty()),
            new BuildFile.Dependency("dev.langchain4j", "langchain4j", Optional.of("0.36.2")),
            new BuildFile.Dependency(
                "com.theokanning.openai-gpt3-java", "service", Optional.of("0.18.2")));
  }

  @Test
  void anUnreadableOrHostileBuildFileCountsAsNone() throws IOException {
    write(
        "pom.xml",
        "<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><project>&x;</project>");
    assertThat(new BuildFiles().of(dir.resolve("src/main/java/App.java"))).isEmpty();
    write("pom.xml", "<project><dependencies><dependency>");
    assertThat(new BuildFiles().of(dir.resolve("src/main/java/App.java"))).isEmpty();
  }
}
