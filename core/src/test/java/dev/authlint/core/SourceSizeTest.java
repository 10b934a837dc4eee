package dev.authlint.core;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Core's sources stay small enough to read: a file that outgrows the limit is split by concern. */
class SourceSizeTest {
  private static final int MAX_LINES = 500;

  @Test
  void noSourceFileIsOverTheLimit() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      tooLong =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(SourceSizeTest::overTheLimit)
              .map(Path::toString)
              .sorted()
              .toList();
    }
    assertWithMessage("core/src/main files over %s lines", MAX_LINES).that(tooLong).isEmpty();
  }

  private static boolean overTheLimit(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count() > MAX_LINES;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
