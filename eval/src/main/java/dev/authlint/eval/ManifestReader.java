package dev.authlint.eval;

import dev.authlint.eval.Manifest.Kind;
import dev.authlint.eval.Manifest.Row;
import dev.authlint.eval.Manifest.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads manifests (format in eval/README.md); a mistake is an error naming the file and line. */
public final class ManifestReader {
  private static final List<String> HEADERS =
      List.of("repository", "commit", "kind", "sdks", "roots");
  private static final Pattern HEADER = Pattern.compile("#\\s*([A-Za-z-]+)\\s*:(.*)");
  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern POSITIVE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

  private ManifestReader() {}

  /** Every {@code *.tsv} in the folder, in file name order. */
  public static List<Manifest> readFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new BadInputException(folder + ": no such folder");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    List<Manifest> manifests = new ArrayList<>();
    for (Path file : files) {
      manifests.add(read(file));
    }
    return manifests;
  }

  public static Manifest read(Path file) throws IOException {
    Manifest manifest = parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    // run.sh and the scorer find a repository's report and snapshot by the manifest's name.
    String expected = manifest.fileStem() + ".tsv";
    if (!file.getFileName().toString().equals(expected)) {
      throw new BadInputException(
          file + ": repository " + manifest.repository() + " belongs in a file named " + expected);
    }
    return manifest;
  }

  /** Parses a manifest's lines; {@code fileName} is only used in messages. */
  public static Manifest parse(String fileName, List<String> lines) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<Integer> rowLines = new ArrayList<>(); // read once the headers (the roots) are known
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int lineNumber = i + 1;
      if (line.isEmpty() || isColumnHeader(line)) {
        continue;
      }
      if (line.startsWith("#")) {
        readHeader(line, headers, new Where(fileName, lineNumber));
      } else {
        rowLines.add(lineNumber);
      }
    }
    for (String name : List.of("repository", "commit", "kind", "sdks")) {
      if (!headers.containsKey(name)) {
        throw new BadInputException(fileName + ": missing header '# " + name + ": ...'");
      }
    }
    String repository = check(headers, "repository", REPOSITORY, "owner/name", fileName);
    String commit = check(headers, "commit", COMMIT, "40 lower-case hex digits", fileName);
    Kind kind = kind(headers.get("kind"), fileName);
    List<String> sdks = sdks(headers.get("sdks"), fileName);
    List<String> roots = roots(headers.getOrDefault("roots", "."), fileName);

    List<Row> rows = new ArrayList<>();
    Map<Finding, Row> seen = new HashMap<>();
    for (int lineNumber : rowLines) {
      Row row = row(lines.get(lineNumber - 1), roots, new Where(fileName, lineNumber));
      Row earlier = seen.putIfAbsent(row.finding(), row);
      if (earlier != null) {
        throw new BadInputException(
            new Where(fileName, row.sourceLine())
                + "second row for "
                + row.finding()
                + " (first at line "
                + earlier.sourceLine()
                + ")");
      }
      rows.add(row);
    }
    return new Manifest(repository, commit, kind, sdks, roots, rows);
  }

  /** A place in a manifest, printed as the start of an error message. */
  private record Where(String file, int line) {
    @Override
    public String toString() {
      return file + ":" + line + ": ";
    }
  }

  private static boolean isColumnHeader(String line) {
    return line.startsWith("path\tline\t");
  }

  private static void readHeader(String line, Map<String, String> headers, Where where) {
    Matcher header = HEADER.matcher(line);
    if (!header.matches()) {
      return; // a comment
    }
    String name = header.group(1);
    // An unknown or repeated name is a typo; left alone, a misspelt "# roots:" would judge ".".
    if (!HEADERS.contains(name)) {
      throw new BadInputException(where + "unknown header '" + name + "' (known: " + HEADERS + ")");
    }
    if (headers.put(name, header.group(2).strip()) != null) {
      throw new BadInputException(where + "header '" + name + "' given twice");
    }
  }

  private static String check(
      Map<String, String> headers, String name, Pattern pattern, String expected, String fileName) {
    String value = headers.get(name);
    if (!pattern.matcher(value).matches()) {
      throw new BadInputException(
          fileName + ": header " + name + " '" + value + "' is not " + expected);
    }
    return value;
  }

  private static Kind kind(String value, String fileName) {
    return Arrays.stream(Kind.values())
        .filter(k -> k.label().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new BadInputException(
                    fileName + ": kind '" + value + "' is neither application nor sdk-examples"));
  }

  private static List<String> sdks(String value, String fileName) {
    List<String> sdks = words(value);
    if (sdks.isEmpty()) {
      throw new BadInputException(fileName + ": header sdks names no SDK");
    }
    for (String sdk : sdks) {
      if (!Manifest.SDK_TAGS.contains(sdk)) {
        throw new BadInputException(
            fileName + ": unknown SDK tag '" + sdk + "' (see the list in eval/README.md)");
      }
    }
    return sdks;
  }

  private static List<String> roots(String value, String fileName) {
    List<String> roots = new ArrayList<>();
    for (String root : words(value)) {
      String normal = normalise(root);
      if (normal.startsWith("/") || normal.equals("..") || normal.startsWith("../")) {
        throw new BadInputException(
            fileName + ": root '" + root + "' is not inside the repository");
      }
      roots.add(normal);
    }
    return roots.isEmpty() ? List.of(".") : roots;
  }

  /** {@code ./a/b/} and {@code a/b} are one root. */
  private static String normalise(String root) {
    String normal = root;
    while (normal.startsWith("./")) {
      normal = normal.substring(2);
    }
    while (normal.length() > 1 && normal.endsWith("/")) {
      normal = normal.substring(0, normal.length() - 1);
    }
    return normal.isEmpty() ? "." : normal;
  }

  private static Row row(String line, List<String> roots, Where where) {
    String[] fields = line.split("\t", 5); // a tab in the why stays in the why
    if (fields.length < 5) {
      throw new BadInputException(
          where
              + "expected 5 tab-separated fields (path line rule verdict why), found "
              + fields.length);
    }
    String path = fields[0].strip();
    String lineNumber = fields[1].strip();
    String rule = fields[2].strip();
    String verdict = fields[3].strip();
    String why = fields[4].strip();
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new BadInputException(
          where + "path '" + path + "' is not relative to the repository with '/' separators");
    }
    // A row outside the roots can never be found: it would be a false negative for ever.
    if (roots.stream().noneMatch(root -> isUnder(path, root))) {
      throw new BadInputException(where + "path '" + path + "' is outside the roots " + roots);
    }
    if (!POSITIVE_NUMBER.matcher(lineNumber).matches()) {
      throw new BadInputException(where + "line '" + lineNumber + "' is not a positive number");
    }
    if (!RULE_ID.matcher(rule).matches()) {
      throw new BadInputException(where + "rule '" + rule + "' is not a rule id");
    }
    if (why.isEmpty()) {
      throw new BadInputException(where + "the why is empty");
    }
    return new Row(
        path, Integer.parseInt(lineNumber), rule, verdict(verdict, where), why, where.line());
  }

  private static boolean isUnder(String path, String root) {
    return root.equals(".") || path.equals(root) || path.startsWith(root + "/");
  }

  private static Verdict verdict(String value, Where where) {
    return switch (value) {
      case "report" -> Verdict.REPORT;
      case "quiet" -> Verdict.QUIET;
      default ->
          throw new BadInputException(
              where + "unknown verdict '" + value + "' (expected report or quiet)");
    };
  }

  private static List<String> words(String value) {
    return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
  }
}
