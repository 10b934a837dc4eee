package dev.authlint.cli;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Engine;
import dev.authlint.core.HostPipeline;
import dev.authlint.core.Rule;
import dev.authlint.core.Tool;
import dev.authlint.core.cache.ResultCache;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.report.ReportFormat;
import dev.authlint.core.rules.HardcodedApiKey;
import dev.authlint.core.rules.Rules;
import dev.authlint.history.HistoryScan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or file errors.
 */
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

  @Parameters(paramLabel = "PATH", description = "Files or folders to analyse (default: .)")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json, checkstyle or sarif (default: text)")
  String format = "text";

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report here (default: standard output)")
  Path output;

  @Option(
      names = "--enable",
      split = ",",
      paramLabel = "RuleId",
      description = "Run only these rules")
  List<String> enable = new ArrayList<>();

  @Option(
      names = "--disable",
      split = ",",
      paramLabel = "RuleId",
      description = "Do not run these rules")
  List<String> disable = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "error, warning or never (default: warning)")
  String failOn = "warning";

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Report only findings not in this baseline")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Record today's findings as accepted")
  Path writeBaseline;

  @Option(
      names = "--include-tests",
      description = "Also report, in test sources, what is off there by default")
  boolean includeTests;

  @Option(
      names = "--history",
      description =
          "Also find keys in every commit reachable from HEAD or any branch or tag (distinctive formats; reported once each, where they first appeared)")
  boolean history;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description =
          "Keep results in FILE and analyse again only the files whose text, or what they depend on elsewhere in the project, changed")
  Path cache;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Analysis threads (default: available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--debug", description = "Show the stack trace of internal failures")
  boolean debug;

  @Option(
      names = "--explain",
      paramLabel = "RuleId",
      description = "Print a rule's documentation and exit")
  String explain;

  @Option(names = "--list-rules", description = "List the rules with their default levels and exit")
  boolean listRules;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
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
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      for (Rule rule : Rules.all()) {
        out.printf("%-22s %-8s %s%n", rule.id(), rule.defaultLevel().lowerCase(), rule.summary());
      }
      return CLEAN;
    }
    if (explain != null) {
      Optional<String> page = rulePage(explain);
      if (page.isEmpty()) {
        err.println("authlint: unknown rule '" + explain + "'; see --list-rules");
        return ERROR;
      }
      out.print(page.get());
      out.flush();
      return CLEAN;
    }
    Path base = Path.of("").toAbsolutePath();
    if (threads < 1) {
      err.println("authlint: --threads must be at least 1");
      return ERROR;
    }
    List<Path> inputs = paths.isEmpty() ? List.of(base) : paths;
    // The files are read while the catalog loads: neither needs the other.
    CompletableFuture<Engine.Sources> sources =
        CompletableFuture.supplyAsync(
            () ->
                Engine.read(
                    inputs, base, threads, p -> cache != null && ResultCache.isFile(cache, p)));
    // So is the cache file.
    CompletableFuture<ResultCache.Read> cacheRead =
        cache == null ? null : CompletableFuture.supplyAsync(() -> ResultCache.read(cache));
    List<Rule> rules;
    HostPipeline pipeline;
    try {
      rules = Rules.select(enable, disable);
      pipeline =
          new HostPipeline(rules, base)
              .format(HostPipeline.choice(ReportFormat.class, "format", format))
              .failOn(HostPipeline.choice(HostPipeline.FailOn.class, "fail-on", failOn))
              .baseline(baseline)
              .writeBaseline(writeBaseline);
    } catch (IllegalArgumentException e) {
      err.println("authlint: " + e.getMessage());
      return ERROR;
    }
    Engine engine = new Engine(rules, Catalog.defaults(), includeTests);
    ResultCache results = cache == null ? null : engine.cache(cacheRead.join(), err::println);
    AnalysisResult analysed = engine.run(sources.join(), results);
    if (results != null) {
      try {
        results.save();
      } catch (IOException e) {
        err.println("authlint: could not write the cache " + cache + ": " + e.getMessage());
      }
    }
    if (history && rules.stream().anyMatch(r -> r.id().equals(HardcodedApiKey.ID))) {
      analysed = new HistoryScan(Catalog.defaults()).addTo(analysed, inputs, base);
    }

    HostPipeline.Outcome outcome;
    try {
      outcome = output == null ? pipeline.run(analysed, out) : pipeline.run(analysed, output);
    } catch (IOException e) {
      err.println("authlint: " + e.getMessage());
      return ERROR;
    }
    for (Diagnostic diagnostic : outcome.result().diagnostics()) {
      err.println(
          diagnostic.where() + ": " + diagnostic.level().lowerCase() + ": " + diagnostic.message());
      if (debug && diagnostic.detail() != null) {
        err.print(diagnostic.detail());
      }
    }
    err.println(outcome.summary());
    if (outcome.result().notAnalysed() > 0) {
      return ERROR;
    }
    return outcome.fails() ? FINDINGS : CLEAN;
  }

  /** The rule's page (docs/rules/RuleId.md, packaged with the command line), as Markdown. */
  private static Optional<String> rulePage(String id) {
    Optional<String> known = Rules.canonicalId(id);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = Main.class.getResourceAsStream("rules/" + known.get() + ".md")) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Tool.NAME + " " + Tool.version()};
    }
  }
}
