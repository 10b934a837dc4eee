package dev.authlint.core.engine;

/** Turns character offsets in a text into 1-based lines and columns. */
public final class TextPositions {
  private final int[] lineStarts;

  public TextPositions(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (isLineEnd(text, i)) {
        count++;
      }
    }
    lineStarts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (isLineEnd(text, i)) {
        lineStarts[line++] = i + 1;
      }
    }
  }

  /** A line ends at '\n', or at a '\r' not followed by '\n'. */
  private static boolean isLineEnd(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
  }

  public int line(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
