package dev.authlint.core.cache;

import static com.google.common.truth.Truth.assertThat;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Engine;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.ProjectModel;
import dev.authlint.core.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with the result cache reports what a run without it reports, whatever changed in between:
 * the file itself, the options, or another file its findings depend on.
 */
class ResultCacheTest {
  private static final Path SPRING_SERVICE = Path.of("../samples/spring-service");
  private static final String SERVICE = "src/main/java/dev/authlint/samples/springservice/";

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();
  private ResultCache last;

  private AnalysisResult uncached(Path root, boolean includeTests) {
    return new Engine(Rules.all(), Catalog.defaults(), includeTests).run(List.of(root), root, 2);
  }

  private AnalysisResult cached(Path root, boolean includeTests) throws IOException {
    Engine engine = new Engine(Rules.all(), Catalog.defaults(), includeTests);
    last = engine.cache(dir.resolve("cache.json"), warnings::add);
    AnalysisResult result = engine.run(List.of(root), root, 2, last);
    last.save();
    return result;
  }

  private Path copyOf(Path source) throws IOException {
    Path target = dir.resolve("project");
    try (Stream<Path> walk = Files.walk(source)) {
      walk.forEach(
          from -> {
            try {
              Path to = target.resolve(source.relativize(from).toString());
              if (Files.isDirectory(from)) {
                Files.createDirectories(to);
              } else {
                Files.copy(from, to);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return target;
  }

  private static void replace(Path file, String old, String replacement) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(old);
    Files.writeString(file, text.replace(old, replacement), StandardCharsets.UTF_8);
  }

  private static void assertSame(AnalysisResult actual, AnalysisResult expected) {
    assertThat(actual.findings()).containsExactlyElementsIn(expected.findings()).inOrder();
    assertThat(actual.diagnostics()).containsExactlyElementsIn(expected.diagnostics()).inOrder();
    assertThat(actual.filesAnalysed()).isEqualTo(expected.filesAnalysed());
  }

  @Test
  void findingsAndDiagnosticsWithTheCacheAreThoseWithoutOnTheSamplesAndTheRuleInputs()
      throws IOException {
    for (Path root :
        List.of(
            Path.of("../samples"),
            Path.of("src/test/java/dev/authlint/core/rules/testdata"),
            Path.of("src/test/resources/testdata"))) {
      Files.deleteIfExists(dir.resolve("cache.json"));
      AnalysisResult expected = uncached(root, false);

      assertSame(cached(root, false), expected); // the first run fills the cache
      assertSame(cached(root, false), expected); // the second takes every result from it
      assertThat(last.reused()).isEqualTo(expected.filesAnalysed() - unread(expected));
    }
    assertThat(warnings).isEmpty();
  }

  /** Files that could not be read have no result to keep. */
  private static long unread(AnalysisResult result) {
    return result.diagnostics().stream()
        .filter(d -> d.message().startsWith("could not be read"))
        .count();
  }

  @Test
  void aChangedFileIsAnalysedAgain() throws IOException {
    Path project = copyOf(SPRING_SERVICE);
    cached(project, false);
    replace(
        project.resolve(SERVICE + "DigestJob.java"),
        "class DigestJob",
        "class DigestJob /* edited */");
    replace(
        project.resolve(SERVICE + "ModelCatalogService.java"),
        "openAi.models().list();",
        "openAi.models().list();\n    openAi.models().list();");

    AnalysisResult result = cached(project, false);

    assertSame(result, uncached(project, false));
    assertThat(
            result.findings().stream().filter(f -> f.path().endsWith("ModelCatalogService.java")))
        .hasSize(2);
    assertThat(last.reused()).isLessThan(result.filesAnalysed() - 1);
  }

  @Test
  void aChangedOptionAnalysesEveryFileAgain() throws IOException {
    Path project = copyOf(Path.of("../samples/keyset-after-init"));
    cached(project, false);

    AnalysisResult withTests = cached(project, true);

    assertSame(withTests, uncached(project, true));
    assertThat(last.reused()).isEqualTo(0);
    assertThat(warnings).isEmpty(); // other options are not a foreign cache
  }

  @Test
  void aChangedExceptionHandlerInAnotherFileReanalysesTheFilesItCovers() throws IOException {
    Path project = copyOf(SPRING_SERVICE);
    AnalysisResult before = cached(project, false);
    assertThat(before.findings().stream().map(f -> f.path()).toList())
        .contains("src/main/java/dev/authlint/samples/springservice/ModelCatalogService.java");
    // The advice now handles OpenAI's 401 too: the service's unchanged call is handled.
    replace(
        project.resolve(SERVICE + "ApiErrors.java"),
        "  @ExceptionHandler(AuthenticationException.class)",
        """
          @ExceptionHandler(com.openai.errors.UnauthorizedException.class)
          ResponseEntity<String> badOpenAiKey(Exception e) {
            return ResponseEntity.status(503).build();
          }

          @ExceptionHandler(AuthenticationException.class)\
        """);

    AnalysisResult after = cached(project, false);

    assertSame(after, uncached(project, false));
    assertThat(after.findings().stream().map(f -> f.path()).toList())
        .doesNotContain(
            "src/main/java/dev/authlint/samples/springservice/ModelCatalogService.java");
    assertThat(last.reused()).isGreaterThan(0); // the files that do not depend on it
  }

  @Test
  void aSuperclassThatNoLongerHoldsAClientTakesItsSubclassOutOfTheSecondStage() throws IOException {
    Path project = copyOf(SPRING_SERVICE);
    cached(project, false);
    replace(
        project.resolve(SERVICE + "BaseClient.java"),
        "protected final OpenAIClient openAi = OpenAIOkHttpClient.fromEnv();",
        "protected final Object openAi = null;");

    AnalysisResult after = cached(project, false);

    assertSame(after, uncached(project, false));
    assertThat(after.findings().stream().map(f -> f.path()).toList())
        .doesNotContain(
            "src/main/java/dev/authlint/samples/springservice/ModelCatalogService.java");
    assertThat(last.reused()).isGreaterThan(0); // the files that do not depend on it
  }

  /**
   * A class that becomes a subclass of a subclass elsewhere makes its callers callers of the
   * inherited method: the method's file is analysed again, though nothing it names changed.
   */
  @Test
  void aNewSubtypeElsewhereReanalysesTheMethodsItInherits() throws IOException {
    Path project =
        copyOf(Path.of("src/test/java/dev/authlint/core/rules/testdata/unhandled/subtypes"));
    Path audited = project.resolve("AuditedListing.java");
    Files.writeString(
        project.resolve("Counter.java"),
        """
        package dev.authlint.core.rules.testdata.unhandled.subtypes;

        class Counter {
          int count() {
            return 0;
          }
        }
        """);
    // Names the listing class without extending it, and calls nothing itself: no caller's file.
    Files.writeString(
        audited,
        """
        package dev.authlint.core.rules.testdata.unhandled.subtypes;

        /** Replaces a CachedListing. */
        class AuditedListing extends Counter {}
        """);
    AnalysisResult before = cached(project, false);
    assertThat(before.findings()).isEmpty(); // the only caller of Inventory.count() handles it
    replace(audited, "extends Counter", "extends CachedListing");

    AnalysisResult after = cached(project, false);

    assertSame(after, uncached(project, false));
    assertThat(after.findings().stream().map(f -> f.path()).toList()).contains("Inventory.java");
  }

  /**
   * The same texts grouped into other projects (the modules of a reactor given one by one, then the
   * reactor) answer the model's questions differently: the advice of one module now covers the
   * other's calls, though no text changed.
   */
  @Test
  void theSameTextsInOtherProjectsAreJudgedAgain() throws IOException {
    Path reactor = dir.resolve("reactor");
    Path app = copyOf(SPRING_SERVICE);
    Files.createDirectories(reactor);
    Files.move(app, reactor.resolve("app"));
    Path advice = reactor.resolve("advice");
    Files.createDirectories(advice.resolve(SERVICE));
    Files.copy(reactor.resolve("app/pom.xml"), advice.resolve("pom.xml"));
    Files.move(
        reactor.resolve("app/" + SERVICE + "ApiErrors.java"),
        advice.resolve(SERVICE + "ApiErrors.java"));
    Files.writeString(
        reactor.resolve("pom.xml"),
        """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.authlint.test</groupId>
          <artifactId>reactor</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <modules><module>app</module><module>advice</module></modules>
        </project>
        """);
    Engine engine = new Engine(Rules.all(), Catalog.defaults(), false);
    List<Path> modules = List.of(reactor.resolve("app"), reactor.resolve("advice"));
    last = engine.cache(dir.resolve("cache.json"), warnings::add);
    AnalysisResult asTwo = engine.run(modules, reactor, 2, last);
    last.save();

    AnalysisResult asOne = cached(reactor, false);

    assertSame(asOne, uncached(reactor, false));
    assertThat(asOne.findings().size()).isLessThan(asTwo.findings().size());
  }

  /**
   * A build file is not among the texts of a run over a module's sources, yet the findings depend
   * on it: a new version of an SDK in it reanalyses the files it builds.
   */
  @Test
  void aChangedBuildFileOutsideTheInputsReanalysesTheFilesItBuilds() throws IOException {
    Path project = copyOf(SPRING_SERVICE);
    Path sources = project.resolve("src");
    Engine engine = new Engine(Rules.all(), Catalog.defaults(), false);
    last = engine.cache(dir.resolve("cache.json"), warnings::add);
    AnalysisResult before = engine.run(List.of(sources), project, 2, last);
    last.save();
    assertThat(before.findings().stream().anyMatch(f -> f.message().contains("LangChain4j 0.x")))
        .isFalse();
    replace(
        project.resolve("pom.xml"),
        "<artifactId>langchain4j</artifactId>",
        "<artifactId>langchain4j</artifactId><version>0.36.2</version>");

    last = engine.cache(dir.resolve("cache.json"), warnings::add);
    AnalysisResult after = engine.run(List.of(sources), project, 2, last);

    assertSame(after, engine.run(List.of(sources), project, 2));
    assertThat(after.findings().stream().anyMatch(f -> f.message().contains("LangChain4j 0.x")))
        .isTrue();
  }

  /** A host that analyses one file at a time, as Checkstyle does, gets the same from the cache. */
  @Test
  void aHostOfOneFileAtATimeReusesTheResultsToo() throws IOException {
    Engine engine = new Engine(Rules.all(), Catalog.defaults(), false);
    Path root = SPRING_SERVICE.resolve(SERVICE);
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.list(root)) {
      for (Path file : walk.sorted().toList()) {
        files.add(
            new SourceFile(
                file.getFileName().toString(), Files.readString(file), SourceFile.Kind.JAVA, file));
      }
    }
    List<Engine.FileResult> expected = new ArrayList<>();
    ProjectModel plain = engine.project(files);
    files.forEach(f -> expected.add(engine.analyze(f, plain)));

    for (int run = 0; run < 2; run++) {
      ResultCache cache = engine.cache(dir.resolve("cache.json"), warnings::add);
      ProjectModel project = engine.project(files, cache);
      List<Engine.FileResult> results = new ArrayList<>();
      files.forEach(f -> results.add(engine.analyze(f, project, cache)));
      cache.save();

      assertThat(results).containsExactlyElementsIn(expected).inOrder();
      assertThat(warnings).isEmpty();
      assertThat(cache.reused()).isEqualTo(run == 0 ? 0 : files.size());
    }
  }

  @Test
  void aCorruptForeignOrOtherVersionCacheIsIgnoredWithOneLine() throws IOException {
    Path project = copyOf(Path.of("../samples/key-handling"));
    AnalysisResult expected = uncached(project, false);
    Path cache = dir.resolve("cache.json");

    Files.writeString(cache, "{\"format\": \"authlint-result-cache\", \"files\": {\"a\": [");
    assertSame(cached(project, false), expected);
    assertThat(last.reused()).isEqualTo(0);

    Files.writeString(cache, "{\"version\": 3, \"entries\": []}");
    assertSame(cached(project, false), expected);

    cached(project, false);
    replace(cache, "\"tool\":\"", "\"tool\":\"0.0.1-");
    assertSame(cached(project, false), expected);
    assertThat(last.reused()).isEqualTo(0);

    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).contains("cannot be read");
    assertThat(warnings.get(1)).contains("not a result cache of authlint");
    assertThat(warnings.get(2)).contains("another version of authlint (0.0.1-");
  }
}
