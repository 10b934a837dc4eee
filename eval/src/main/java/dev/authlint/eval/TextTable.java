package dev.authlint.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: names left-aligned, then numbers right-aligned, two spaces apart. */
final class TextTable {
  private final int nameColumns;
  private final List<List<String>> lines = new ArrayList<>();

  /** The first {@code nameColumns} columns are left-aligned. */
  TextTable(int nameColumns, String... header) {
    this.nameColumns = nameColumns;
    lines.add(List.of(header));
  }

  TextTable row(Object... cells) {
    lines.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  @Override
  public String toString() {
    int columns = lines.get(0).size();
    int[] widths = new int[columns];
    for (List<String> line : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines) {
      StringBuilder out = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = line.get(c);
        String padding = " ".repeat(widths[c] - cell.length());
        out.append(c == 0 ? "" : "  ").append(c < nameColumns ? cell + padding : padding + cell);
      }
      text.append(out.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
