package dev.authlint.core.project;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRootsTest {
  @TempDir Path base;

  private Path file(String path) throws IOException {
    Path file = base.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, path.endsWith(".java") ? "class X {}" : "");
    return file;
  }

  @Test
  void checkoutsAnalysedTogetherAreSeparateProjects() throws IOException {
    file("a/pom.xml");
    file("b/build.gradle");
    ProjectRoots roots = new ProjectRoots(List.of(base));

    assertThat(roots.of(file("a/src/main/java/app/A.java"))).hasValue(base.resolve("a"));
    assertThat(roots.of(file("b/src/main/java/app/B.java"))).hasValue(base.resolve("b"));
  }

  @Test
  void theModulesOfOneBuildAreOneProject() throws IOException {
    file("shop/pom.xml");
    file("shop/web/pom.xml");
    file("shop/core/pom.xml");
    ProjectRoots roots = new ProjectRoots(List.of(base));

    assertThat(roots.of(file("shop/web/src/main/java/W.java"))).hasValue(base.resolve("shop"));
    assertThat(roots.of(file("shop/core/src/main/java/C.java"))).hasValue(base.resolve("shop"));
  }

  @Test
  void aGradleSettingsFileMakesItsFolderTheRoot() throws IOException {
    file("app/settings.gradle.kts");
    file("app/lib/build.gradle.kts");
    ProjectRoots roots = new ProjectRoots(List.of(base));

    assertThat(roots.of(file("app/lib/src/main/java/L.java"))).hasValue(base.resolve("app"));
  }

  @Test
  void inputsInsideAModuleBelongToThatModule() throws IOException {
    file("svc/pom.xml");
    Path main = base.resolve("svc/src/main/java");
    Path test = base.resolve("svc/src/test/java");
    Path single = file("svc/src/main/java/app/One.java");
    file("svc/src/test/java/app/OneTest.java");
    ProjectRoots roots = new ProjectRoots(List.of(main, test, single));

    assertThat(roots.of(single)).hasValue(base.resolve("svc"));
    assertThat(roots.of(test.resolve("app/OneTest.java"))).hasValue(base.resolve("svc"));
  }

  @Test
  void filesWithNoBuildAboveThemHaveNoRoot() throws IOException {
    ProjectRoots roots = new ProjectRoots(List.of(base));

    assertThat(roots.of(file("loose/Loose.java"))).isEmpty();
    assertThat(roots.of(null)).isEmpty();
  }
}
