package dev.authlint.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code MANIFESTS REPORTS}: scores the reports ({@code <owner>+<name>.json}) against the manifests
 * and prints the tables. {@code --list MANIFESTS}: checks the manifests and prints, for run.sh, one
 * line per manifest: {@code owner/name TAB commit TAB roots}. Exit codes: 0 done, 2 bad input.
 */
public final class Main {
  static final int DONE = 0;
  static final int BAD_INPUT = 2;
  private static final String USAGE =
      "usage: authlint-eval MANIFESTS_DIR REPORTS_DIR | authlint-eval --list MANIFESTS_DIR";

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    try {
      if (args.length == 2 && args[0].equals("--list")) {
        for (Manifest m : ManifestReader.readFolder(Path.of(args[1]))) {
          out.println(m.repository() + "\t" + m.commit() + "\t" + String.join(" ", m.roots()));
        }
      } else if (args.length == 2 && !args[0].startsWith("-")) {
        out.print(score(Path.of(args[0]), Path.of(args[1])));
      } else {
        err.println(USAGE);
        return BAD_INPUT;
      }
      return DONE;
    } catch (BadInputException | IOException e) {
      err.println("authlint-eval: " + e.getMessage());
      return BAD_INPUT;
    } finally {
      out.flush();
    }
  }

  /** The scored tables; a manifest without a report was not analysed and is only named. */
  static String score(Path manifestsFolder, Path reportsFolder) throws IOException {
    List<Manifest> scored = new ArrayList<>();
    List<String> notScored = new ArrayList<>();
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    for (Manifest manifest : ManifestReader.readFolder(manifestsFolder)) {
      Path report = reportsFolder.resolve(manifest.fileStem() + ".json");
      if (Files.isRegularFile(report)) {
        scored.add(manifest);
        findings.put(manifest.repository(), AuthlintReport.read(report));
      } else {
        notScored.add(manifest.repository());
      }
    }
    return ScoreReport.render(Scorer.score(scored, findings), notScored);
  }
}
