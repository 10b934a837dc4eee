package dev.authlint.checkstyle;

import static com.google.common.truth.Truth.assertThat;

import dev.authlint.core.Engine;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.rules.Rules;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SharedAnalysisTest {
  private static final String IMPORT = "import com.openai.client.okhttp.OpenAIOkHttpClient;\n";

  private static SourceFile file(String name) {
    return SharedAnalysis.sourceFile(
        new File("/work/app/src/main/java/app/" + name + ".java"),
        IMPORT
            + "class "
            + name
            + " { Object c = OpenAIOkHttpClient.builder().apiKey(\"lit-"
            + name
            + "-7c1e9a4f\"); }");
  }

  @Test
  void keepsOnlyTheMostRecentFiles() {
    SourceFile first = file("First");
    SharedAnalysis.analyze(first, false, null);
    for (int i = 0; i < 15; i++) {
      SharedAnalysis.analyze(file("Other" + i), false, null);
    }
    long before = SharedAnalysis.analyses();
    SharedAnalysis.analyze(first, false, null);
    assertThat(SharedAnalysis.analyses()).isEqualTo(before);

    for (int i = 0; i < 16; i++) {
      SharedAnalysis.analyze(file("Newer" + i), false, null);
    }
    before = SharedAnalysis.analyses();
    SharedAnalysis.analyze(first, false, null);
    assertThat(SharedAnalysis.analyses()).isEqualTo(before + 1);
  }

  @Test
  void theOptionIsPartOfTheKey() {
    SourceFile test =
        SharedAnalysis.sourceFile(
            new File("/work/app/src/test/java/app/ClientTest.java"),
            IMPORT
                + "class ClientTest { Object c = OpenAIOkHttpClient.fromEnv().models().list(); }");
    assertThat(SharedAnalysis.analyze(test, false, null).findings()).isEmpty();
    assertThat(SharedAnalysis.analyze(test, true, null).findings()).hasSize(1);
  }

  @Test
  void threadsGetTheSameFindingsAsOneEngine() throws Exception {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(file("Concurrent" + (i % 20)));
    }
    Engine engine = new Engine(Rules.all(), Catalog.defaults(), false);
    assertThat(engine.analyze(files.get(0)).findings()).hasSize(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> same = new ArrayList<>();
      for (SourceFile f : files) {
        same.add(
            pool.submit(
                () ->
                    SharedAnalysis.analyze(f, false, null)
                        .findings()
                        .equals(engine.analyze(f).findings())));
      }
      for (Future<Boolean> result : same) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
