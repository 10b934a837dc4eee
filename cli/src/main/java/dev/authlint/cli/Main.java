package dev.authlint.cli;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.report.Baseline;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.Level;
import dev.authlint.core.Rule;
import dev.authlint.core.Tool;
import dev.authlint.core.report.NonClosingWriter;
import dev.authlint.core.report.ReportFormat;
import dev.authlint.core.rules.HardcodedApiKey;
import dev.authlint.core.rules.Rules;
import dev.authlint.history.HistoryScan;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or file errors. */
@Command(
    name = "authlint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = "Finds authentication mistakes in Java code that calls LLM provider SDKs.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error, or a file that could not be read or parsed (the others are still reported)"
    })
public final class Main implements Callable<Integer> {
  static final int CLEAN = 0;
  static final int FINDINGS = 1;
  static final int ERROR = 2;

  /** When the build fails. */
  enum FailOn {
    error,
    warning,
    never
  }

  @Parameters(paramLabel = "PATH", description = "Files or folders to analyse (default: .)")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, checkstyle or sarif (default: text)")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report here (default: standard output)")
  Path output;

  @Option(names = "--enable", split = ",", paramLabel = "RuleId", description = "Run only these rules")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", split = ",", paramLabel = "RuleId", description = "Do not run these rules")
  List<String> disable = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error, warning or never (default: warning)")
  FailOn failOn = FailOn.warning;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not in this baseline")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record today's findings as accepted")
  Path writeBaseline;

  @Option(names = "--include-tests", description = "Also report, in test sources, what is off there by default")
  boolean includeTests;

  @Option(
      names = "--history",
      description = "Also find keys in every commit reachable from HEAD or any branch or tag (distinctive formats; reported once each, where they first appeared)")
  boolean history;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--debug", description = "Show the stack trace of internal failures")
  boolean debug;

  @Option(names = "--explain", paramLabel = "RuleId", description = "Print a rule's documentation and exit")
  String explain;

  @Option(names = "--list-rules", description = "List the rules with their default levels and exit")
  boolean listRules;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> ERROR);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("authlint: " + e.getMessage());
          err.println("Try 'authlint --help' for more information.");
          return ERROR;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      for (Rule rule : Rules.all()) {
        out.printf("%-22s %-8s %s%n", rule.id(), rule.defaultLevel().lowerCase(), rule.summary());
      }
      return CLEAN;
    }
    if (explain != null) {
      Optional<String> page = Rules.explain(explain);
      if (page.isEmpty()) {
        err.println("authlint: unknown rule '" + explain + "'; see --list-rules");
        return ERROR;
      }
      out.print(page.get());
      out.flush();
      return CLEAN;
    }
    ReportFormat reportFormat;
    List<Rule> rules;
    try {
      reportFormat = ReportFormat.parse(format);
      rules = Rules.select(enable, disable);
    } catch (IllegalArgumentException e) {
      err.println("authlint: " + (e.getMessage().startsWith("No enum") ? "unknown format '" + format + "'" : e.getMessage()));
      return ERROR;
    }
    if (threads < 1) {
      err.println("authlint: --threads must be at least 1");
      return ERROR;
    }
    Path base = Path.of("").toAbsolutePath();
    List<Path> inputs = paths.isEmpty() ? List.of(base) : paths;
    AnalysisResult result =
        new Engine(rules, Catalog.defaults(), includeTests).run(inputs, base, threads);
    if (history && rules.stream().anyMatch(r -> r.id().equals(HardcodedApiKey.ID))) {
      result = new HistoryScan(Catalog.defaults()).addTo(result, inputs, base);
    }

    if (writeBaseline != null) {
      Baseline.write(writeBaseline, result.findings());
      err.println("authlint: wrote " + result.findings().size() + " findings to " + writeBaseline);
    }
    if (baseline != null) {
      try {
        result = Baseline.read(baseline).filter(result);
      } catch (IOException e) {
        err.println("authlint: could not read baseline " + baseline + ": " + e.getMessage());
        return ERROR;
      }
    }
    try (Writer writer = openOutput(out)) {
      reportFormat.write(result, rules, writer);
    }
    for (Diagnostic diagnostic : result.diagnostics()) {
      err.println(diagnostic.path() + ": error: " + diagnostic.message());
      if (debug && diagnostic.detail() != null) {
        err.print(diagnostic.detail());
      }
    }
    if (reportFormat == ReportFormat.TEXT || output != null) {
      err.println("authlint: " + result.summary());
    }
    if (!result.diagnostics().isEmpty()) {
      return ERROR;
    }
    return result.findings().stream().anyMatch(this::fails) ? FINDINGS : CLEAN;
  }

  private boolean fails(Finding finding) {
    return switch (failOn) {
      case error -> finding.level() == Level.ERROR;
      case warning -> true;
      case never -> false;
    };
  }

  private Writer openOutput(PrintWriter stdout) throws IOException {
    if (output == null) {
      return new NonClosingWriter(stdout);
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Tool.NAME + " " + Tool.version()};
    }
  }
}
