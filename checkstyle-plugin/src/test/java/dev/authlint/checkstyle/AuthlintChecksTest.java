package dev.authlint.checkstyle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import dev.authlint.checkstyle.CheckstyleRun.Event;
import dev.authlint.checkstyle.CheckstyleRun.Report;
import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.Level;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our checks run by Checkstyle's own Checker, from a configuration file that uses the short names.
 */
class AuthlintChecksTest {
  private static final Path INPUTS = Path.of("src/test/java/dev/authlint/checkstyle/testdata");

  /** Every rule's test inputs in core: many shapes, each with findings the command line reports. */
  private static final Path CORE_JAVA =
      Path.of("../core/src/test/java/dev/authlint/core/rules/testdata");

  private static final Path CORE_RESOURCES = Path.of("../core/src/test/resources/testdata");
  private static final String CHECK = "dev.authlint.checkstyle.HardcodedApiKeyCheck";

  private final TestKeys keys = new TestKeys(7);
  @TempDir Path project;

  @Test
  void reportsWhatTheCommandLineReportsForTheSameFile() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> java = Files.walk(CORE_JAVA);
        Stream<Path> resources = Files.walk(CORE_RESOURCES);
        Stream<Path> inputs = Stream.concat(java, resources)) {
      for (Path input : inputs.filter(Files::isRegularFile).sorted().toList()) {
        files.add(write(input, shownAs(input)));
      }
    }
    // Each rule's folder is a project of its own, in the command line and in Checkstyle.
    TreeSet<String> expected = new TreeSet<>();
    try (Stream<Path> folders = Files.list(project)) {
      for (Path folder : folders.sorted().toList()) {
        expected.addAll(whatTheEngineReports(folder));
      }
    }

    Report report = audit(new Properties(), files);

    assertThat(expected.size()).isAtLeast(20);
    assertThat(events(report)).containsExactlyElementsIn(expected);
    assertNoKeyIn(report);
  }

  /**
   * A project over several files reports the same in Checkstyle, one file at a time, as in the
   * engine.
   */
  @Test
  void reportsWhatTheCommandLineReportsForAProjectOfSeveralFiles() throws Exception {
    Path sample = Path.of("../samples/spring-service").toAbsolutePath().normalize();
    List<Path> files = javaFilesUnder(sample.resolve("src"));

    Report report = audit(new Properties(), files);

    Set<String> expected = whatTheEngineReports(sample);
    assertThat(expected).isNotEmpty();
    assertThat(events(report)).containsExactlyElementsIn(expected);
  }

  /** With a cache file, a later audit (another Checkstyle run) takes its results from it. */
  @Test
  void aCacheFileGivesALaterAuditTheSameFindingsFromTheCache() throws Exception {
    List<Path> files =
        javaFilesUnder(Path.of("../samples/spring-service/src").toAbsolutePath().normalize());
    Path cacheFile = project.resolve("authlint-cache.json");
    DefaultConfiguration cached = new DefaultConfiguration("Checker");
    for (String rule : List.of("UnhandledAuthError", "HardcodedApiKey")) {
      DefaultConfiguration check = new DefaultConfiguration(rule);
      check.addProperty("cacheFile", cacheFile.toString());
      cached.addChild(check);
    }
    Report first = CheckstyleRun.run(cached, files);
    assertThat(Files.exists(cacheFile)).isTrue();
    // Other files take the place of these in the checks' memory of the last few files, as when
    // Checkstyle runs again in a new JVM.
    List<Path> others = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      others.add(
          Files.writeString(project.resolve("Other" + i + ".java"), "class Other" + i + " {}\n"));
    }
    DefaultConfiguration uncached = new DefaultConfiguration("Checker");
    uncached.addChild(new DefaultConfiguration("HardcodedApiKey"));
    CheckstyleRun.run(uncached, others);

    long reusedBefore = SharedAnalysis.reused();
    Report second = CheckstyleRun.run(cached, files);

    assertThat(SharedAnalysis.reused() - reusedBefore).isEqualTo(files.size());
    assertThat(events(second)).containsExactlyElementsIn(events(first));
    assertThat(events(first)).isNotEmpty();
  }

  private static List<Path> javaFilesUnder(Path folder) throws IOException {
    try (Stream<Path> sources = Files.walk(folder)) {
      return sources.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Set<String> whatTheEngineReports(Path folder) {
    Engine engine = new Engine(Rules.all(), Catalog.defaults(), false);
    TreeSet<String> found = new TreeSet<>();
    for (Finding f : engine.run(List.of(folder), folder, 2).findings()) {
      if (SourceFile.Kind.of(Path.of(f.path()).getFileName().toString()) == SourceFile.Kind.TEXT) {
        continue; // the checks read other text only when its extension is added to fileExtensions
      }
      String message =
          f.level() == Level.ERROR ? f.message() : f.message() + " (authlint level: warning)";
      found.add(
          folder.resolve(f.path())
              + ":"
              + f.line()
              + ":"
              + f.column()
              + " "
              + f.ruleId()
              + "Check "
              + message);
    }
    return found;
  }

  private static Set<String> events(Report report) {
    TreeSet<String> actual = new TreeSet<>();
    for (Event e : report.events()) {
      actual.add(
          e.file() + ":" + e.line() + ":" + e.column() + " " + e.check() + " " + e.message());
    }
    return actual;
  }

  @Test
  void xmlReportPlacesFindingsAndNeverShowsTheKey() throws Exception {
    Path clients = write(INPUTS.resolve("Clients.java"), "src/main/java/app/Clients.java");
    List<String> lines = Files.readAllLines(clients);

    Report report = audit(new Properties(), List.of(clients));

    int keyLine = lineOf(lines, "PROJECT_KEY = ");
    int literalLine = lineOf(lines, "\"team-");
    // The literal's line starts with a tab: Checkstyle expands it to 8 columns.
    int literalColumn = lines.get(literalLine - 1).indexOf("\"team-") + 8;
    assertThat(report.events())
        .containsExactly(
            new Event(
                clients.toString(),
                keyLine,
                lines.get(keyLine - 1).indexOf("sk-proj-") + 1,
                "error",
                report.events().get(0).message(),
                CHECK),
            new Event(
                clients.toString(),
                literalLine,
                literalColumn,
                "error",
                report.events().get(1).message(),
                CHECK))
        .inOrder();
    assertThat(report.events().get(0).message()).startsWith("OpenAI project key sk-proj-… (");
    assertThat(report.events().get(1).message())
        .startsWith("The literal \"team…\" (17 chars) is passed");
    assertThat(report.events().get(1).message()).endsWith(" (authlint level: warning)");
    assertNoKeyIn(report);
  }

  @Test
  void checkstyleAndAuthlintSuppressionsBothWork() throws Exception {
    Path suppressed = write(INPUTS.resolve("Suppressed.java"), "src/main/java/app/Suppressed.java");

    Report report = audit(new Properties(), List.of(suppressed));

    assertThat(lines(report))
        .containsExactly(
            lineOf(Files.readAllLines(suppressed), "\"left-") + " HardcodedApiKeyCheck");
  }

  @Test
  void dummyKeysInTestSourcesStayQuietEvenWithIncludeTests() throws Exception {
    Path test = write(INPUTS.resolve("Clients.java"), "src/test/java/app/ClientsTest.java");
    List<String> lines = Files.readAllLines(test);
    String key = lineOf(lines, "PROJECT_KEY = ") + " HardcodedApiKeyCheck";

    Properties includeTests = new Properties();
    includeTests.setProperty("includeTests", "true");

    assertThat(lines(audit(new Properties(), List.of(test)))).containsExactly(key);
    assertThat(lines(audit(includeTests, List.of(test)))).containsExactly(key);
  }

  @Test
  void onlyTheInnermostSourceFolderDecidesWhetherAFileIsTestCode() throws Exception {
    Path main =
        write(INPUTS.resolve("Clients.java"), "src/test/checkout/src/main/java/app/Clients.java");
    Path test =
        write(INPUTS.resolve("Clients.java"), "src/main/checkout/src/test/java/app/Clients.java");
    String literal = lineOf(Files.readAllLines(main), "\"team-") + " HardcodedApiKeyCheck";
    String key = lineOf(Files.readAllLines(main), "PROJECT_KEY = ") + " HardcodedApiKeyCheck";

    assertThat(lines(audit(new Properties(), List.of(main)))).containsExactly(key, literal);
    assertThat(lines(audit(new Properties(), List.of(test)))).containsExactly(key);
  }

  @Test
  void aFileThatCannotBeParsedIsSkippedWithAMessageAndTheAuditGoesOn() throws Exception {
    Path broken = project.resolve("src/main/java/app/Broken.java");
    Files.createDirectories(broken.getParent());
    Files.writeString(
        broken,
        keys.fill(
            """
            // @@ANTHROPIC_API_KEY@@
            class Broken {
              Object client = AnthropicOkHttpClient.builder().apiKey("x"
            }
            """));
    Path clients = write(INPUTS.resolve("Clients.java"), "src/main/java/app/Clients.java");

    Report report = audit(new Properties(), List.of(broken, clients));

    List<Event> ours =
        report.events().stream().filter(e -> e.source().startsWith("dev.authlint.")).toList();
    // The broken file: the key found in its text, and one "could not be parsed" from each check
    // whose
    // rule needed the parse; the other file is analysed as usual.
    assertThat(
            ours.stream()
                .filter(e -> e.file().equals(clients.toString()))
                .map(Event::line)
                .toList())
        .containsExactly(8, 15);
    List<Event> onBroken = ours.stream().filter(e -> e.file().equals(broken.toString())).toList();
    assertThat(onBroken.stream().map(Event::line).distinct().toList()).containsExactly(1);
    assertThat(onBroken.stream().map(Event::check).distinct().count())
        .isEqualTo(onBroken.size() - 1L);
    // Text checks still run on a file that cannot be parsed: the key in the comment is reported.
    // (Core parses the rest of the file without the construct the parser rejects, and says so.)
    assertThat(ours.stream().map(Event::message).toList())
        .containsAtLeast(
            "authlint: could not be parsed at line 3 (Object client ="
                + " AnthropicOkHttpClient.builder().apiKey(\"x\"); the rest of the file was analysed"
                + " (JavaParser 3.28 cannot read some valid Java, such as local enums)",
            ours.stream()
                .filter(e -> e.message().startsWith("Anthropic API key sk-ant-"))
                .findFirst()
                .orElseThrow()
                .message());
    assertNoKeyIn(report);
  }

  @Test
  void aFileTooDeeplyNestedToParseOnCheckstylesThreadIsSkippedNotThrown() throws Exception {
    Path deep = project.resolve("src/main/java/app/Deep.java");
    Files.createDirectories(deep.getParent());
    Files.writeString(
        deep,
        "class Deep {\n  Object client = OpenAIOkHttpClient.builder().apiKey(\"x\");\n  int n = "
            + "(".repeat(20_000)
            + "1"
            + ")".repeat(20_000)
            + ";\n}\n");
    Path clients = write(INPUTS.resolve("Clients.java"), "src/main/java/app/Clients.java");
    DefaultConfiguration checker = new DefaultConfiguration("Checker");
    checker.addChild(new DefaultConfiguration("HardcodedApiKey"));

    Report report = CheckstyleRun.run(checker, List.of(deep, clients));

    assertThat(
            report.events().stream()
                .map(e -> e.file() + ":" + e.line() + " " + e.message())
                .toList())
        .contains(deep + ":1 authlint: could not be parsed: StackOverflowError");
    assertThat(report.events().stream().filter(e -> e.file().equals(clients.toString())).count())
        .isEqualTo(2);
  }

  @Test
  void eachFileIsAnalysedOncePerAuditHoweverManyChecksAreOn() throws Exception {
    List<Path> files =
        List.of(
            write(INPUTS.resolve("Clients.java"), "src/main/java/app/Clients.java"),
            write(INPUTS.resolve("Suppressed.java"), "src/main/java/app/Suppressed.java"),
            write(
                CORE_RESOURCES.resolve("hardcoded/application.properties"),
                "src/main/resources/application.properties"));
    DefaultConfiguration checker = new DefaultConfiguration("Checker");
    for (String module :
        List.of(
            "HardcodedApiKey",
            "HardcodedApiKey",
            "KeySetAfterClientInit",
            "UnhandledAuthError",
            "RetriesAuthError")) {
      checker.addChild(new DefaultConfiguration(module));
    }

    long before = SharedAnalysis.analyses();
    Report report = CheckstyleRun.run(checker, files);

    assertThat(SharedAnalysis.analyses() - before).isEqualTo(files.size());
    // Both HardcodedApiKey instances report every finding.
    assertThat(report.events().size() % 2).isEqualTo(0);
    assertThat(report.events().size()).isAtLeast(8);
  }

  @Test
  void anIgnoreCommentNamingNoRuleIsShownOnceByTheCheckOfTheNearestRule() throws Exception {
    Path properties = project.resolve("src/main/resources/application.properties");
    Files.createDirectories(properties.getParent());
    Files.writeString(
        properties, "# authlint:ignore HardcodedKey\nspring.ai.openai.api-key=team-3f9a8c2e7b1d\n");

    Report report = audit(new Properties(), List.of(properties));

    assertThat(
            report.events().stream()
                .map(e -> e.line() + " " + e.check() + " " + e.message())
                .toList())
        .containsExactly(
            "1 HardcodedApiKeyCheck unknown rule 'HardcodedKey' in authlint:ignore, so nothing is"
                + " suppressed by it (did you mean HardcodedApiKey?) (authlint level: warning)",
            "2 HardcodedApiKeyCheck " + report.events().get(1).message());
    assertThat(report.events().get(1).message())
        .startsWith("The value of spring.ai.openai.api-key");
  }

  @Test
  void aCheckWhoseRuleIsNotInCoreReportsNothing() throws Exception {
    Path clients = write(INPUTS.resolve("Clients.java"), "src/main/java/app/Clients.java");
    DefaultConfiguration checker = new DefaultConfiguration("Checker");
    checker.addChild(new DefaultConfiguration(NoSuchRuleCheck.class.getName()));

    assertThat(CheckstyleRun.run(checker, List.of(clients)).events()).isEmpty();
  }

  @Test
  void dotenvVariantsAreCheckedWhenTheirExtensionIsAdded() throws Exception {
    Path local = project.resolve(".env.local");
    Files.writeString(local, keys.fill("OPENAI_API_KEY=@@OPENAI_PROJECT_KEY@@\n"));
    DefaultConfiguration byDefault = new DefaultConfiguration("Checker");
    byDefault.addChild(new DefaultConfiguration("HardcodedApiKey"));
    DefaultConfiguration withLocal = new DefaultConfiguration("Checker");
    DefaultConfiguration check = new DefaultConfiguration("HardcodedApiKey");
    check.addProperty("fileExtensions", "java, properties, yml, yaml, env, local");
    withLocal.addChild(check);

    assertThat(CheckstyleRun.run(byDefault, List.of(local)).events()).isEmpty();
    assertThat(lines(CheckstyleRun.run(withLocal, List.of(local))))
        .containsExactly("1 HardcodedApiKeyCheck");
  }

  /** A check for a rule id core does not have, as the three unfinished rules are today. */
  public static final class NoSuchRuleCheck extends AuthlintCheck {
    public NoSuchRuleCheck() {
      super("NoSuchRule");
    }
  }

  private Report audit(Properties properties, List<Path> files) throws Exception {
    Configuration configuration = CheckstyleRun.configuration("authlint-checks.xml", properties);
    return CheckstyleRun.run(configuration, files);
  }

  /** Copies a test input into the temporary project, with its key templates filled in. */
  /**
   * Where a core input is placed in the project: as main code (test code where the input is about
   * test code), its rule's folder as the package, dotenv files under their real names.
   */
  private static String shownAs(Path input) {
    Path relative = (input.startsWith(CORE_JAVA) ? CORE_JAVA : CORE_RESOURCES).relativize(input);
    String folder = relative.getName(0).toString();
    String name = relative.getFileName().toString();
    if (name.startsWith("dotenv")) {
      return folder + "/" + name.replace("dotenv", ".env");
    }
    String sourceSet = name.contains("TestCode") ? "test" : "main";
    String kind = name.endsWith(".java") ? "java" : "resources";
    return folder + "/src/" + sourceSet + "/" + kind + "/" + folder + "/" + name;
  }

  private Path write(Path input, String at) throws Exception {
    Path target = project.resolve(at);
    Files.createDirectories(target.getParent());
    Files.writeString(target, keys.fill(Files.readString(input, StandardCharsets.UTF_8)));
    return target;
  }

  private static int lineOf(List<String> lines, String snippet) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + snippet);
  }

  private static List<String> lines(Report report) {
    List<String> lines = new ArrayList<>();
    report.events().forEach(e -> lines.add(e.line() + " " + e.check()));
    return lines;
  }

  private void assertNoKeyIn(Report report) {
    for (String key : keys.all()) {
      assertWithMessage("Checkstyle's report shows a whole key")
          .that(report.xml())
          .doesNotContain(key);
    }
  }
}
