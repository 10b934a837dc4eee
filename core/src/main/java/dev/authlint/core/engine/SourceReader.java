package dev.authlint.core.engine;

import dev.authlint.core.Diagnostic;
import dev.authlint.core.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file into a {@link SourceFile}, or says in one line why it cannot. */
public final class SourceReader {
  private SourceReader() {}

  /**
   * The outcome of reading one file: at most one of the two is set; neither for other text that
   * turns out binary or too large, which is skipped without a word (only sources and settings must
   * be read).
   */
  public record Read(SourceFile file, Diagnostic diagnostic) {}

  private static final long MAX_BYTES = 16L << 20;

  public static Read read(Path path, String displayPath, SourceFile.Kind kind) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return skipped(kind, displayPath, "skipped: larger than 16 MiB (" + size + " bytes)");
      }
      Read read = decode(Files.readAllBytes(path), displayPath, kind);
      return read.file() == null
          ? read
          : new Read(new SourceFile(displayPath, read.file().text(), kind, path), null);
    } catch (IOException | SecurityException e) {
      return failed(displayPath, "could not be read: " + describe(e));
    }
  }

  /**
   * Decodes UTF-8 (the encoding of nearly all Java sources); invalid bytes become U+FFFD, since
   * keys are ASCII and still found. Files holding NUL bytes are binary and skipped.
   */
  public static Read decode(byte[] bytes, String displayPath, SourceFile.Kind kind) {
    for (byte b : bytes) {
      if (b == 0) {
        return skipped(kind, displayPath, "skipped: binary content (NUL bytes)");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Read(new SourceFile(displayPath, text, kind), null);
  }

  private static Read skipped(SourceFile.Kind kind, String path, String message) {
    return kind == SourceFile.Kind.TEXT ? new Read(null, null) : failed(path, message);
  }

  private static Read failed(String path, String message) {
    return new Read(null, new Diagnostic(path, message));
  }

  private static String describe(Exception e) {
    String type = e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
  }
}
