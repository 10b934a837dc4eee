package dev.authlint.core.engine;

import java.util.Optional;

/**
 * Blanks the construct that a parse error points into, so that valid Java the parser cannot read (a
 * local enum, for JavaParser 3.28) costs that construct and not the whole file. The construct is
 * the statement or declaration around the error, up to its end at the same nesting level: a {@code
 * ;}, or the brace that closes its body. Blanked text keeps every line break, so lines and columns
 * elsewhere do not move.
 */
public final class ParseRecovery {
  private ParseRecovery() {}

  /** The text with the construct blanked, and the construct's first line and first words. */
  public record Blanked(String text, int line, String start) {}

  /** Blanks the construct around a 1-based position, if one can be told from the text. */
  public static Optional<Blanked> blankConstructAt(String text, int line, int column) {
    int offset = offsetOf(text, line, column);
    if (offset < 0) {
      return Optional.empty();
    }
    Scan scan = new Scan(text);
    int depth = scan.depthAt(offset);
    int start = scan.statementStart(offset, depth);
    int end = scan.constructEnd(offset, depth);
    if (start < 0 || end <= start || depth == 0) {
      return Optional.empty(); // a top-level error: nothing smaller than the file to give up
    }
    StringBuilder blanked = new StringBuilder(text);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        blanked.setCharAt(i, ' ');
      }
    }
    int first = scan.firstCode(start, end);
    String words = text.substring(first, Math.min(end, first + 60)).split("\\R", 2)[0].strip();
    return Optional.of(new Blanked(blanked.toString(), lineOf(text, first), words));
  }

  private static int offsetOf(String text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      at = text.indexOf('\n', at);
      if (at < 0) {
        return -1;
      }
      at++;
    }
    int offset = at + column - 1;
    return offset < text.length() ? offset : -1;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The structure of a Java text: for each character, whether it is code (not in a comment, string,
   * character or text block), and the brace depth.
   */
  private static final class Scan {
    private final String text;
    private final boolean[] code;
    private final int[] depth;

    Scan(String text) {
      this.text = text;
      this.code = new boolean[text.length()];
      this.depth = new int[text.length() + 1];
      int d = 0;
      int i = 0;
      while (i < text.length()) {
        int skip = skipNonCode(i);
        if (skip > i) {
          for (int j = i; j < skip && j < text.length(); j++) {
            depth[j] = d;
          }
          i = skip;
          continue;
        }
        char c = text.charAt(i);
        code[i] = true;
        if (c == '}') {
          d = Math.max(0, d - 1);
        }
        depth[i] = d;
        if (c == '{') {
          d++;
        }
        i++;
      }
      depth[text.length()] = d;
    }

    /** The end of a comment, string, char or text block starting at {@code i}, or {@code i}. */
    private int skipNonCode(int i) {
      if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
      }
      if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        return end < 0 ? text.length() : end + 2;
      }
      if (text.startsWith("\"\"\"", i)) {
        int end = text.indexOf("\"\"\"", i + 3);
        while (end > 0 && text.charAt(end - 1) == '\\') {
          end = text.indexOf("\"\"\"", end + 1);
        }
        return end < 0 ? text.length() : end + 3;
      }
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), j + 1);
      }
      return i;
    }

    /** The first character of code, not space or comment, in [from, to); {@code from} if none. */
    int firstCode(int from, int to) {
      for (int i = from; i < to; i++) {
        if (code[i] && !Character.isWhitespace(text.charAt(i))) {
          return i;
        }
      }
      return from;
    }

    int depthAt(int offset) {
      return depth[offset];
    }

    /**
     * Just after the last semicolon, opening brace or closing brace before the offset at this
     * depth.
     */
    int statementStart(int offset, int d) {
      for (int i = offset - 1; i >= 0; i--) {
        if (!code[i]) {
          continue;
        }
        char c = text.charAt(i);
        if ((c == ';' && depth[i] == d)
            || (c == '}' && depth[i] == d)
            || (c == '{' && depth[i] == d - 1)) {
          return i + 1;
        }
      }
      return -1;
    }

    /**
     * Just after the {@code ;} that ends the construct, or after the brace that closes its body.
     */
    int constructEnd(int offset, int d) {
      for (int i = offset; i < text.length(); i++) {
        if (!code[i]) {
          continue;
        }
        char c = text.charAt(i);
        if (c == ';' && depth[i] == d) {
          return i + 1;
        }
        if (c == '}') {
          // At this depth it closes the construct's body; below it, the enclosing block ends first.
          return depth[i] == d ? i + 1 : i;
        }
      }
      return -1;
    }
  }
}
