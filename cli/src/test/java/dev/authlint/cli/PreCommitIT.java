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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook under a real {@code pre-commit} (Debian's package) in throwaway repositories: the hook
 * repository holds our .pre-commit-hooks.yaml and launcher, and a project uses it as users would.
 */
class PreCommitIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target/authlint.jar").toAbsolutePath();
  private static final String BAD =
      "import com.openai.client.OpenAIClient;\n"
          + "import com.openai.client.okhttp.OpenAIOkHttpClient;\n"
          + "class Chat {\n"
          + "  OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(\"team-3f9a8c2e7b1d\").build();\n"
          + "}\n";
  private static final String GOOD = BAD.replace("builder().apiKey(\"team-3f9a8c2e7b1d\").build()", "fromEnv()");

  @TempDir static Path temp;
  private static Path project;

  record Result(int exitCode, String output) {}

  @BeforeAll
  static void installHook() throws Exception {
    assumeTrue(onPath("pre-commit"), "pre-commit is not installed (apt-get install pre-commit)");
    Path hookRepo = Files.createDirectories(temp.resolve("hook-repo"));
    Files.copy(ROOT.resolve(".pre-commit-hooks.yaml"), hookRepo.resolve(".pre-commit-hooks.yaml"));
    Files.createDirectories(hookRepo.resolve("bin"));
    Files.copy(ROOT.resolve("bin/authlint-pre-commit"), hookRepo.resolve("bin/authlint-pre-commit"),
        StandardCopyOption.COPY_ATTRIBUTES);
    git(hookRepo, "init", "-q");
    git(hookRepo, "add", ".");
    git(hookRepo, "commit", "-q", "-m", "hook");
    String rev = git(hookRepo, "rev-parse", "HEAD").output().strip();

    project = Files.createDirectories(temp.resolve("project"));
    git(project, "init", "-q");
    Files.writeString(project.resolve(".pre-commit-config.yaml"),
        "repos:\n- repo: " + hookRepo + "\n  rev: " + rev + "\n  hooks:\n  - id: authlint\n");
    assertThat(run(project, "pre-commit", "install").exitCode()).isEqualTo(0);
    git(project, "add", ".pre-commit-config.yaml");
    assertThat(git(project, "commit", "-q", "-m", "config").exitCode()).isEqualTo(0);
  }

  @Test
  void aCommitWithAHardcodedKeyIsRefusedAndTheFixedOnePasses() throws Exception {
    Path source = Files.createDirectories(project.resolve("src/main/java")).resolve("Chat.java");
    Files.writeString(source, BAD);
    git(project, "add", ".");

    Result refused = git(project, "commit", "-m", "hardcoded key");
    assertWithMessage(refused.output()).that(refused.exitCode()).isNotEqualTo(0);
    assertThat(refused.output()).contains("src/main/java/Chat.java:4:");
    assertThat(refused.output()).contains("HardcodedApiKey");

    Files.writeString(source, GOOD);
    git(project, "add", ".");
    Result accepted = git(project, "commit", "-m", "key from the environment");
    assertWithMessage(accepted.output()).that(accepted.exitCode()).isEqualTo(0);
  }

  private static Result git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=authlint", "-c",
        "user.email=authlint@example.invalid", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    return run(dir, command.toArray(String[]::new));
  }

  private static Result run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("AUTHLINT_JAR", JAR.toString());
    builder.environment().put("PRE_COMMIT_HOME", temp.resolve("pre-commit-cache").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  private static boolean onPath(String program) {
    return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
