package dev.authlint.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlint.eval.Manifest.Kind;
import dev.authlint.eval.Manifest.Row;
import dev.authlint.eval.Manifest.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final List<String> HEADERS =
      List.of(
          "# repository: langchain4j/langchain4j-examples",
          "# commit: " + COMMIT,
          "# kind: sdk-examples",
          "# sdks: langchain4j-1.x ollama openai-java",
          "# roots: tutorials/src/main ./spring-boot-example/");

  @Test
  void readsHeadersAndRows() {
    Manifest manifest =
        parse(
            "path\tline\trule\tverdict\twhy",
            "tutorials/src/main/java/Hello.java\t14\tUnhandledAuthError\treport\tno catch, no"
                + " caller",
            "",
            "# a comment without a colon",
            "spring-boot-example/src/A.java\t31\tHardcodedApiKey\tquiet\ta placeholder\twith a"
                + " tab");

    assertThat(manifest.repository()).isEqualTo("langchain4j/langchain4j-examples");
    assertThat(manifest.commit()).isEqualTo(COMMIT);
    assertThat(manifest.kind()).isEqualTo(Kind.SDK_EXAMPLES);
    assertThat(manifest.sdks())
        .containsExactly("langchain4j-1.x", "ollama", "openai-java")
        .inOrder();
    assertThat(manifest.roots())
        .containsExactly("tutorials/src/main", "spring-boot-example")
        .inOrder();
    assertThat(manifest.fileStem()).isEqualTo("langchain4j+langchain4j-examples");
    assertThat(manifest.rows())
        .containsExactly(
            new Row(
                "tutorials/src/main/java/Hello.java",
                14,
                "UnhandledAuthError",
                Verdict.REPORT,
                "no catch, no caller",
                7),
            new Row(
                "spring-boot-example/src/A.java",
                31,
                "HardcodedApiKey",
                Verdict.QUIET,
                "a placeholder\twith a tab",
                10))
        .inOrder();
  }

  @Test
  void rootsDefaultToTheWholeRepository() {
    Manifest manifest =
        ManifestReader.parse(
            "m.tsv",
            List.of(
                "# repository: o/n",
                "# commit: " + COMMIT,
                "# kind: application",
                "# sdks: other",
                "deep/A.java\t1\tHardcodedApiKey\treport\ta real key"));

    assertThat(manifest.roots()).containsExactly(".");
    assertThat(manifest.kind()).isEqualTo(Kind.APPLICATION);
  }

  @Test
  void malformedRowNamesFileAndLine() {
    assertThat(error("tutorials/src/main/A.java\t14\tUnhandledAuthError\treport"))
        .isEqualTo(
            "m.tsv:6: expected 5 tab-separated fields (path line rule verdict why), found 4");
  }

  @Test
  void unknownVerdict() {
    assertThat(error("tutorials/src/main/A.java\t14\tUnhandledAuthError\tReport\twhy"))
        .isEqualTo("m.tsv:6: unknown verdict 'Report' (expected report or quiet)");
  }

  @Test
  void lineThatIsNotAPositiveNumber() {
    assertThat(error("tutorials/src/main/A.java\t0\tUnhandledAuthError\treport\twhy"))
        .isEqualTo("m.tsv:6: line '0' is not a positive number");
    assertThat(error("tutorials/src/main/A.java\tx\tUnhandledAuthError\treport\twhy"))
        .isEqualTo("m.tsv:6: line 'x' is not a positive number");
  }

  @Test
  void rowsThatCouldNeverMatch() {
    assertThat(error("other/A.java\t3\tUnhandledAuthError\treport\twhy"))
        .isEqualTo(
            "m.tsv:6: path 'other/A.java' is outside the roots [tutorials/src/main,"
                + " spring-boot-example]");
    assertThat(error("/abs/A.java\t3\tUnhandledAuthError\treport\twhy"))
        .contains("is not relative to the repository");
    assertThat(error("tutorials/src/main/A.java\t3\tunhandled\treport\twhy"))
        .isEqualTo("m.tsv:6: rule 'unhandled' is not a rule id");
    assertThat(error("tutorials/src/main/A.java\t3\tUnhandledAuthError\treport\t "))
        .isEqualTo("m.tsv:6: the why is empty");
  }

  @Test
  void secondRowForTheSameLineAndRule() {
    assertThat(
            error(
                "tutorials/src/main/A.java\t3\tUnhandledAuthError\treport\twhy",
                "tutorials/src/main/A.java\t3\tUnhandledAuthError\tquiet\tsecond thoughts"))
        .isEqualTo(
            "m.tsv:7: second row for tutorials/src/main/A.java:3 UnhandledAuthError (first at line"
                + " 6)");
  }

  @Test
  void missingHeader() {
    for (int missing = 0; missing < 4; missing++) {
      List<String> lines = new ArrayList<>(HEADERS);
      String header = lines.remove(missing);
      String name = header.substring(2, header.indexOf(':'));

      BadInputException e =
          assertThrows(BadInputException.class, () -> ManifestReader.parse("m.tsv", lines));

      assertThat(e).hasMessageThat().isEqualTo("m.tsv: missing header '# " + name + ": ...'");
    }
  }

  @Test
  void badHeaders() {
    assertThat(errorWithHeader(0, "# repository: langchain4j-examples"))
        .isEqualTo("m.tsv: header repository 'langchain4j-examples' is not owner/name");
    assertThat(errorWithHeader(1, "# commit: 0123abc"))
        .isEqualTo("m.tsv: header commit '0123abc' is not 40 lower-case hex digits");
    assertThat(errorWithHeader(2, "# kind: library"))
        .isEqualTo("m.tsv: kind 'library' is neither application nor sdk-examples");
    assertThat(errorWithHeader(3, "# sdks: openai"))
        .isEqualTo("m.tsv: unknown SDK tag 'openai' (see the list in eval/README.md)");
    assertThat(errorWithHeader(4, "# root: ."))
        .isEqualTo(
            "m.tsv:5: unknown header 'root' (known: [repository, commit, kind, sdks, roots])");
    assertThat(errorWithHeader(4, "# kind: application"))
        .isEqualTo("m.tsv:5: header 'kind' given twice");
    assertThat(errorWithHeader(4, "# roots: ../elsewhere"))
        .isEqualTo("m.tsv: root '../elsewhere' is not inside the repository");
  }

  @Test
  void readsAFolderOfManifestsInNameOrder(@TempDir Path folder) throws IOException {
    write(folder.resolve("zz+last.tsv"), "zz/last");
    write(folder.resolve("aa+first.tsv"), "aa/first");
    Files.writeString(folder.resolve("README.md"), "not a manifest");

    List<Manifest> manifests = ManifestReader.readFolder(folder);

    assertThat(manifests.stream().map(Manifest::repository).toList())
        .containsExactly("aa/first", "zz/last")
        .inOrder();
  }

  @Test
  void fileNameMustNameTheRepository(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("aa+first.tsv");
    write(file, "aa/other");

    BadInputException e = assertThrows(BadInputException.class, () -> ManifestReader.read(file));

    assertThat(e)
        .hasMessageThat()
        .isEqualTo(file + ": repository aa/other belongs in a file named aa+other.tsv");
  }

  @Test
  void folderThatIsMissing(@TempDir Path folder) {
    Path missing = folder.resolve("none");

    BadInputException e =
        assertThrows(BadInputException.class, () -> ManifestReader.readFolder(missing));

    assertThat(e).hasMessageThat().isEqualTo(missing + ": no such folder");
  }

  private static void write(Path file, String repository) throws IOException {
    Files.write(
        file,
        List.of(
            "# repository: " + repository,
            "# commit: " + COMMIT,
            "# kind: application",
            "# sdks: openai-java",
            "A.java\t1\tHardcodedApiKey\treport\ta real key"));
  }

  private static Manifest parse(String... rows) {
    List<String> lines = new ArrayList<>(HEADERS);
    lines.addAll(List.of(rows));
    return ManifestReader.parse("m.tsv", lines);
  }

  private static String error(String... rows) {
    return assertThrows(BadInputException.class, () -> parse(rows)).getMessage();
  }

  /** The error for the manifest whose header line {@code index} (0 to 4) is replaced by this. */
  private static String errorWithHeader(int index, String header) {
    List<String> lines = new ArrayList<>(HEADERS);
    lines.set(index, header);
    return assertThrows(BadInputException.class, () -> ManifestReader.parse("m.tsv", lines))
        .getMessage();
  }
}
