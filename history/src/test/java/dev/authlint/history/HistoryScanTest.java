package dev.authlint.history;

import static com.google.common.truth.Truth.assertThat;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Finding;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryScanTest {
  @TempDir Path dir;

  private final TestKeys keys = new TestKeys(7);
  private final HistoryScan scan = new HistoryScan(Catalog.defaults());

  @Test
  void aKeyRemovedInALaterCommitIsReportedOnceWithTheCommitThatAddedIt() throws Exception {
    String groq = keys.make("GROQ_KEY");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "src/main/resources/application.yml", "server:\n  port: 8080\n", "first");
      RevCommit added =
          commit(
              git,
              "src/main/resources/application.yml",
              "llm:\n  groq-key: " + groq + "\n",
              "add key");
      commit(
          git,
          "src/main/resources/application.yml",
          "llm:\n  groq-key: ${GROQ_API_KEY}\n",
          "remove key");
      commit(
          git,
          "docs/notes.md",
          "the old key was " + groq + "\n",
          "copy it elsewhere, then remove that too");
      commit(git, "docs/notes.md", "nothing here\n", "clean up");

      List<Finding> findings = run().findings();

      assertThat(findings).hasSize(1);
      Finding f = findings.get(0);
      assertThat(f.ruleId()).isEqualTo("HardcodedApiKey");
      assertThat(f.path()).isEqualTo("src/main/resources/application.yml");
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.column()).isEqualTo(13);
      assertThat(f.message()).contains(added.abbreviate(10).name());
      assertThat(f.message()).contains("not in HEAD");
      assertThat(f.message()).contains("Groq");
      assertThat(f.message()).contains("https://console.groq.com/keys");
      assertThat(f.message()).doesNotContain(groq);
      assertThat(f.fingerprint()).isEqualTo(run().findings().get(0).fingerprint());
    }
  }

  @Test
  void aKeyStillInHeadSaysSo() throws Exception {
    String key = keys.make("OPENAI_PROJECT_KEY");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "src/App.java", "class App { String k = \"" + key + "\"; }\n", "add");
      commit(git, "README.md", "readme\n", "unrelated");

      List<Finding> findings = run().findings();

      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).path()).isEqualTo("src/App.java");
      assertThat(findings.get(0).message()).contains("still in HEAD");
    }
  }

  @Test
  void aKeyOnAnotherBranchIsReportedToo() throws Exception {
    String key = keys.make("HUGGINGFACE_TOKEN");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "README.md", "readme\n", "first");
      git.checkout().setCreateBranch(true).setName("experiment").call();
      commit(git, "run.sh", "export HF_TOKEN=" + key + "\n", "try a model");
      git.checkout().setName("main").call();

      List<Finding> findings = run().findings();

      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).path()).isEqualTo("run.sh");
      assertThat(findings.get(0).message()).contains("not in HEAD");
    }
  }

  @Test
  void plausibleKeysCountWhereALineAssignsThemToAKeysName() throws Exception {
    String deepseek = keys.make("DEEPSEEK_KEY");
    String proxy = keys.make("PROXY_KEY");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(
          git,
          ".env",
          "DEEPSEEK_API_KEY=" + deepseek + "\nCACHE_KEY=5d41402abc4b2a76b9719d911017c592\n",
          "env");
      commit(
          git,
          "src/Keys.java",
          "class Keys { static final String OPENAI_API_KEY = \"" + proxy + "\"; }\n",
          "java");
      commit(
          git, "README.md", "sk-style keys look like " + keys.make("DEEPSEEK_KEY") + "\n", "docs");
      commit(
          git,
          "src/Chat.java",
          "class Chat { Object r = request.addHeader(\"Authorization\", \"Bearer "
              + keys.make("DEEPSEEK_KEY")
              + "\"); }\n",
          "header");
      commit(git, ".env", "DEEPSEEK_API_KEY=\n", "remove");

      List<Finding> findings = run().findings();

      assertThat(findings.stream().map(Finding::path).toList())
          .containsExactly(".env", "src/Chat.java", "src/Keys.java");
      assertThat(findings.get(0).message()).contains("DeepSeek or Alibaba DashScope key");
      assertThat(findings.get(0).message()).contains("not in HEAD");
      assertThat(findings.get(2).message()).contains("still in HEAD");
    }
  }

  @Test
  void placeholdersAndBinariesAreNotKeys() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, ".env.example", "GROQ_API_KEY=gsk_your_key_here\n", "template");
      Path binary = dir.resolve("logo.png");
      byte[] bytes = ("\0PNG" + keys.make("GROQ_KEY")).getBytes(StandardCharsets.UTF_8);
      Files.write(binary, bytes);
      git.add().addFilepattern("logo.png").call();
      git.commit().setMessage("logo").setSign(false).call();

      assertThat(run().findings()).isEmpty();
    }
  }

  @Test
  void aFolderOutsideAnyRepositoryIsADiagnostic() {
    AnalysisResult result =
        scan.addTo(new AnalysisResult(List.of(), List.of(), 0), List.of(dir), dir);

    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).message()).contains("not in a git repository");
  }

  private AnalysisResult run() {
    return scan.addTo(new AnalysisResult(List.of(), List.of(), 0), List.of(dir), dir);
  }

  private RevCommit commit(Git git, String path, String content, String message) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    git.add().addFilepattern(path).call();
    return git.commit().setMessage(message).setSign(false).call();
  }
}
