package dev.authlint.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook under a real {@code pre-commit} (Debian's package) in throwaway repositories:
 * the hook repository holds our .pre-commit-hooks.yaml and launcher, and projects use it as the
 * README says.
 */
class PreCommitIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target/authlint.jar").toAbsolutePath();

  /** A warning-level finding: a literal that is not in a key format, passed as the key. */
  private static final String BAD =
      """
      import com.openai.client.OpenAIClient;
      import com.openai.client.okhttp.OpenAIOkHttpClient;
      class Chat {
        OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("team-3f9a8c2e7b1d").build();
      }
      """;

  private static final String GOOD =
      BAD.replace("builder().apiKey(\"team-3f9a8c2e7b1d\").build()", "fromEnv()");

  @TempDir static Path temp;
  private static String hookRepo;
  private static String rev;

  record Result(int exitCode, String output) {}

  @BeforeAll
  static void makeHookRepository() throws Exception {
    assumeInstalled("pre-commit", "apt-get install pre-commit");
    Path repo = Files.createDirectories(temp.resolve("hook-repo"));
    Files.copy(ROOT.resolve(".pre-commit-hooks.yaml"), repo.resolve(".pre-commit-hooks.yaml"));
    Files.createDirectories(repo.resolve("bin"));
    Files.copy(
        ROOT.resolve("bin/authlint-pre-commit"),
        repo.resolve("bin/authlint-pre-commit"),
        StandardCopyOption.COPY_ATTRIBUTES);
    git(repo, Map.of(), "init", "-q");
    git(repo, Map.of(), "add", ".");
    git(repo, Map.of(), "commit", "-q", "-m", "hook");
    hookRepo = repo.toString();
    rev = git(repo, Map.of(), "rev-parse", "HEAD").output().strip();
  }

  /**
   * Skips the tests when a program is missing, saying so where it is seen: Surefire and Failsafe
   * count a skipped test but do not print why, so the reason also goes to the build log.
   */
  private static void assumeInstalled(String program, String howToInstall) {
    boolean installed =
        List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    String reason = program + " is not installed (" + howToInstall + ")";
    if (!installed) {
      System.err.println("PreCommitIT skipped: " + reason);
    }
    assumeTrue(installed, reason);
  }

  @Test
  void aCommitWithAHardcodedKeyIsRefusedAndTheFixedOnePasses() throws Exception {
    Path project = project("refused", "");
    Path source = Files.createDirectories(project.resolve("src/main/java")).resolve("Chat.java");
    Files.writeString(source, BAD);
    Map<String, String> env = Map.of("AUTHLINT_JAR", JAR.toString());
    git(project, env, "add", ".");

    Result refused = git(project, env, "commit", "-m", "hardcoded key");
    assertWithMessage(refused.output()).that(refused.exitCode()).isNotEqualTo(0);
    assertThat(refused.output()).contains("src/main/java/Chat.java:4:");
    assertThat(refused.output()).contains("HardcodedApiKey");

    Files.writeString(source, GOOD);
    git(project, env, "add", ".");
    Result accepted = git(project, env, "commit", "-m", "key from the environment");
    assertWithMessage(accepted.output()).that(accepted.exitCode()).isEqualTo(0);
  }

  @Test
  void theDocumentedArgsLetWarningsThrough() throws Exception {
    // The README's form: args: [--fail-on, error]
    Path project = project("errors-only", "    args: [--fail-on, error]\n");
    Files.writeString(
        Files.createDirectories(project.resolve("src/main/java")).resolve("Chat.java"), BAD);
    Map<String, String> env = Map.of("AUTHLINT_JAR", JAR.toString());
    git(project, env, "add", ".");

    Result committed = git(project, env, "commit", "-m", "a warning only");

    assertWithMessage(committed.output()).that(committed.exitCode()).isEqualTo(0);
  }

  @Test
  void theFirstRunBuildIsAnnouncedQuietAndKeptInTheHooksOwnCache() throws Exception {
    // A stand-in for mvn that records how it was called, writes the colour resets Debian's Maven
    // 3.8
    // writes even with -B, and puts the real jar where a build would.
    Path tools = Files.createDirectories(temp.resolve("tools"));
    Path calls = tools.resolve("mvn-calls");
    Path mvn = tools.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\necho \"$@\" >> '"
            + calls
            + "'\nprintf '\\033[0m'\n"
            + "mkdir -p cli/target && cp '"
            + JAR
            + "' cli/target/authlint.jar\n");
    mvn.toFile().setExecutable(true);
    // verbose: pre-commit shows the output of a hook that passes too.
    Path project = project("first-run", "    verbose: true\n");
    Files.writeString(
        Files.createDirectories(project.resolve("src/main/java")).resolve("Chat.java"), GOOD);
    Map<String, String> env = Map.of("PATH", tools + ":" + System.getenv("PATH"));
    git(project, env, "add", ".");

    // setsid: no terminal, as in CI, so the announcement goes to standard error, where pre-commit
    // collects it.
    List<String> commit = new ArrayList<>(List.of("setsid"));
    commit.addAll(gitCommand("commit", "-m", "first"));
    Result first = run(project, env, commit.toArray(String[]::new));

    assertWithMessage(first.output()).that(first.exitCode()).isEqualTo(0);
    assertThat(first.output()).contains("authlint: first run: building the command line in ");
    assertThat(first.output()).doesNotContain("\u001b[");
    String call = Files.readString(calls).strip();
    assertThat(call).startsWith("-B -q -Dstyle.color=never -Dmaven.repo.local=" + cache());
    assertThat(call).endsWith("/.m2/repository -pl cli -am package -DskipTests");
  }

  /** A git repository whose .pre-commit-config.yaml uses the hook, with these extra lines. */
  private static Path project(String name, String hookLines) throws Exception {
    Path project = Files.createDirectories(temp.resolve(name));
    git(project, Map.of(), "init", "-q");
    Files.writeString(
        project.resolve(".pre-commit-config.yaml"),
        "repos:\n- repo: "
            + hookRepo
            + "\n  rev: "
            + rev
            + "\n  hooks:\n  - id: authlint\n"
            + hookLines);
    assertThat(run(project, Map.of(), "pre-commit", "install").exitCode()).isEqualTo(0);
    git(project, Map.of(), "add", ".pre-commit-config.yaml");
    assertThat(git(project, Map.of(), "commit", "-q", "--no-verify", "-m", "config").exitCode())
        .isEqualTo(0);
    return project;
  }

  private static Path cache() {
    return temp.resolve("pre-commit-cache");
  }

  private static Result git(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return run(dir, env, gitCommand(args).toArray(String[]::new));
  }

  private static List<String> gitCommand(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=authlint",
                "-c",
                "user.email=authlint@example.invalid",
                "-c",
                "commit.gpgsign=false"));
    command.addAll(List.of(args));
    return command;
  }

  private static Result run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().remove("AUTHLINT_JAR");
    builder.environment().put("PRE_COMMIT_HOME", cache().toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }
}
