package dev.authlint.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input of DESIGN.md's robustness list in one project: the run goes on, each bad file gets
 * one line on standard error with its path, the exit code is 2, and nothing is lost from the good
 * files.
 */
class RobustnessTest {
  private static final String IMPORTS =
      "import com.openai.client.OpenAIClient;\nimport com.openai.client.okhttp.OpenAIOkHttpClient;\n";
  private static final String SINK =
      "OpenAIOkHttpClient.builder().apiKey(\"prod-key-4f9c2a81d7\").build()";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  @BeforeEach
  void badAndGoodFiles() throws IOException {
    write("Good.java", IMPORTS + "class Good {\n  OpenAIClient c = " + SINK + ";\n}\n");
    write("Malformed.java", IMPORTS + "class Malformed { void f( }\n");
    write(
        "LocalEnum.java",
        IMPORTS + "class LocalEnum {\n  void f() {\n    enum Mode { A, B }\n  }\n}\n");
    write(
        "Bom.java",
        "\uFEFF"
            + (IMPORTS + "class Bom {\n\tOpenAIClient c = " + SINK + ";\n}\n")
                .replace("\n", "\r\n"));
    write("module-info.java", "module app { requires com.openai.core; }\n");

    ByteArrayOutputStream invalid = new ByteArrayOutputStream();
    invalid.write((IMPORTS + "// caf\u00e9 in Latin-1: ").getBytes(UTF_8));
    invalid.write(new byte[] {(byte) 0xE9, (byte) 0xC3, 0x28});
    invalid.write(("\nclass Latin {\n  OpenAIClient c = " + SINK + ";\n}\n").getBytes(UTF_8));
    Files.write(dir.resolve("Latin.java"), invalid.toByteArray());

    Files.write(
        dir.resolve("Binary.java"),
        new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});

    StringBuilder deep = new StringBuilder(IMPORTS + "class Deep { int x = ");
    deep.append("(".repeat(20_000)).append('1').append(")".repeat(20_000)).append("; }\n");
    write("Deep.java", deep.toString());

    StringBuilder large = new StringBuilder(IMPORTS + "class Large {\n");
    for (int i = 0; i < 40_000; i++) {
      large.append("  int m").append(i).append("() { return ").append(i).append("; }\n");
    }
    write(
        "Large.java", large.append("  OpenAIClient c = ").append(SINK).append(";\n}\n").toString());

    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), loop);
    Files.createSymbolicLink(dir.resolve("Dangling.java"), dir.resolve("nowhere/Missing.java"));
  }

  private int run(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of(extra));
    args.add(dir.toString());
    return Main.run(
        args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void badFilesGetOneLineEachAndGoodFilesAreStillReported() {
    assertThat(run()).isEqualTo(Main.ERROR);

    assertThat(
            out.toString()
                .lines()
                .map(l -> l.substring(dir.toString().length() + 1, l.indexOf(": ")))
                .toList())
        .containsExactly(
            "Bom.java:4:55", "Good.java:4:56", "Large.java:40004:56", "Latin.java:5:56")
        .inOrder();
    String errors = err.toString();
    assertThat(errors).contains("Binary.java: error: skipped: binary content");
    assertThat(errors).contains("Malformed.java: error: could not be parsed at line 3");
    assertThat(errors).contains("LocalEnum.java: error: could not be parsed at line 5");
    assertThat(errors).contains("(enum Mode { A, B }); the rest of the file was analysed");
    assertThat(errors).contains("again: error: skipped: symbolic link loop");
    assertThat(errors).doesNotContain("module-info.java");
    assertThat(errors).doesNotContain("Dangling.java");
    assertThat(errors).doesNotContain("\tat ");
    assertThat(errors).doesNotContain("Exception");
  }

  @Test
  void unreadableFilesAreReported() throws IOException {
    Path secret = write("Secret.java", IMPORTS + "class Secret {}\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.isReadable(secret), "running as root: every file is readable");

    assertThat(run()).isEqualTo(Main.ERROR);
    assertThat(err.toString()).contains("Secret.java: error: could not be read");
  }
}
