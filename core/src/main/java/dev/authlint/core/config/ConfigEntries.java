package dev.authlint.core.config;

import dev.authlint.core.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code name = value} entries of a properties, YAML or dotenv file, with where each value
 * starts. YAML names are the dotted path of the nested keys ({@code spring.ai.openai.api-key}),
 * scalar list items are named like Spring names them ({@code spring.ai.retry.on-http-codes[0]}).
 * This reads the subset of each format that configuration files use; what it does not understand it
 * skips.
 */
public final class ConfigEntries {
  private ConfigEntries() {}

  public record Entry(String name, String value, int line, int valueColumn) {}

  public static List<Entry> read(SourceFile file) {
    return switch (file.kind()) {
      case PROPERTIES -> properties(lines(file));
      case DOTENV -> dotenv(lines(file));
      case YAML -> yaml(lines(file));
      case JAVA, TEXT -> List.of(); // not split: every Java file of a run is asked
    };
  }

  private static String[] lines(SourceFile file) {
    return file.text().split("\r\n|\r|\n", -1);
  }

  private static List<Entry> properties(String[] lines) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
        continue;
      }
      int separator = indexOfAny(line, "=:");
      if (separator > 0) {
        addEntry(entries, line, line.substring(0, separator).strip(), separator + 1, i + 1);
      }
    }
    return entries;
  }

  private static List<Entry> dotenv(String[] lines) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int separator = line.indexOf('=');
      if (separator > 0) {
        String name = line.substring(0, separator).strip();
        if (name.startsWith("export ")) {
          name = name.substring("export ".length()).strip();
        }
        addEntry(entries, line, name, separator + 1, i + 1);
      }
    }
    return entries;
  }

  private static List<Entry> yaml(String[] lines) {
    List<Entry> entries = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    List<String> path = new ArrayList<>();
    int listIndex = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("---")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      if (trimmed.startsWith("-")) {
        // A scalar list item; Spring names it parent[index]. Items that are maps are skipped.
        while (!indents.isEmpty() && indents.get(indents.size() - 1) > indent) {
          indents.remove(indents.size() - 1);
          path.remove(path.size() - 1);
        }
        if (!path.isEmpty() && !trimmed.contains(": ")) {
          addEntry(
              entries, line, String.join(".", path) + "[" + listIndex + "]", indent + 1, i + 1);
        }
        listIndex++;
        continue;
      }
      listIndex = 0;
      int colon = line.indexOf(": ");
      if (colon < 0 && trimmed.endsWith(":")) {
        colon = line.lastIndexOf(':');
      }
      if (colon <= indent) {
        continue;
      }
      while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
        indents.remove(indents.size() - 1);
        path.remove(path.size() - 1);
      }
      String key = unquote(line.substring(indent, colon).strip());
      indents.add(indent);
      path.add(key);
      addEntry(entries, line, String.join(".", path), colon + 1, i + 1);
    }
    return entries;
  }

  /** Adds the entry whose value starts after {@code from}, without quotes and trailing comments. */
  private static void addEntry(
      List<Entry> entries, String line, String name, int from, int lineNo) {
    int start = from;
    while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    String value = line.substring(start);
    int comment = value.indexOf(" #");
    if (comment >= 0) {
      value = value.substring(0, comment);
    }
    value = value.strip();
    if (value.length() >= 2
        && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      value = value.substring(1, value.length() - 1);
      start++;
    }
    if (!value.isEmpty()) {
      entries.add(new Entry(name, value, lineNo, start + 1));
    }
  }

  private static String unquote(String s) {
    return s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'"))
        ? s.substring(1, s.length() - 1)
        : s;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
