package dev.authlint.maven;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.HostPipeline;
import dev.authlint.core.Level;
import dev.authlint.core.Rule;
import dev.authlint.core.cache.ResultCache;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.engine.FileDiscovery;
import dev.authlint.core.report.ReportFormat;
import dev.authlint.core.rules.HardcodedApiKey;
import dev.authlint.core.rules.Rules;
import dev.authlint.history.HistoryScan;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * What the goal and the enforcer rule share: which files of one module are analysed and the log
 * lines. The baseline, the report and which findings fail are core's {@link HostPipeline}, as in
 * the command line. The hosts copy their parameters in and decide how to fail.
 */
public final class ModuleCheck {
  /** Where the lines go; the goal and the enforcer rule log through different interfaces. */
  public record Log(Consumer<String> error, Consumer<String> warn, Consumer<String> info) {}

  private boolean includeTests;
  private boolean history;
  private List<String> includes = List.of();
  private List<String> excludes = List.of();
  private List<Rule> rules = Rules.all();
  private HostPipeline.FailOn failOn = HostPipeline.FailOn.WARNING;
  private Path baseline;
  private Path writeBaseline;
  private ReportFormat outputFormat = ReportFormat.SARIF;
  private Path outputFile;
  private Path cacheFile;

  public ModuleCheck includeTests(boolean value) {
    includeTests = value;
    return this;
  }

  /** Scans the git history of the execution root's repository too. */
  public ModuleCheck history(boolean value) {
    history = value;
    return this;
  }

  /** Ant-style patterns (the same as checkstyle's), relative to each source or resource folder. */
  public ModuleCheck includes(List<String> patterns) {
    includes = orEmpty(patterns);
    return this;
  }

  public ModuleCheck excludes(List<String> patterns) {
    excludes = orEmpty(patterns);
    return this;
  }

  /**
   * Selects the rules to run.
   *
   * @throws IllegalArgumentException naming a rule id that does not exist
   */
  public ModuleCheck rules(List<String> enable, List<String> disable) {
    rules = Rules.select(orEmpty(enable), orEmpty(disable));
    return this;
  }

  /**
   * Sets the level of finding that fails the build.
   *
   * @throws IllegalArgumentException unless {@code error}, {@code warning} or {@code never}
   */
  public ModuleCheck failOn(String level) {
    failOn = HostPipeline.choice(HostPipeline.FailOn.class, "failOn", level);
    return this;
  }

  public ModuleCheck baseline(File file) {
    baseline = file == null ? null : file.toPath();
    return this;
  }

  public ModuleCheck writeBaseline(File file) {
    writeBaseline = file == null ? null : file.toPath();
    return this;
  }

  /**
   * Sets the format of the report file.
   *
   * @throws IllegalArgumentException naming a format that does not exist
   */
  public ModuleCheck outputFormat(String format) {
    outputFormat = HostPipeline.choice(ReportFormat.class, "outputFormat", format);
    return this;
  }

  /** Where the report goes; none is written when null. */
  public ModuleCheck outputFile(File file) {
    outputFile = file == null ? null : file.toPath();
    return this;
  }

  /**
   * Where results are kept between builds, so that an unchanged file is not analysed again; none
   * when null.
   */
  public ModuleCheck cacheFile(File file) {
    cacheFile = file == null ? null : file.toPath();
    return this;
  }

  /** The report file name a format gets by default. */
  public static String defaultFileName(String format) {
    return switch (HostPipeline.choice(ReportFormat.class, "outputFormat", format)) {
      case SARIF -> "authlint.sarif";
      case JSON -> "authlint.json";
      case CHECKSTYLE -> "authlint-checkstyle.xml";
      case TEXT -> "authlint.txt";
    };
  }

  /**
   * Analyses the module's source folders and resource folders (and the test ones when tests are
   * included), runs the pipeline every host shares (baseline, report, which findings fail) and logs
   * each finding as {@code path:[line,col] RuleId: message}. Paths are relative to the multi-module
   * project directory, so that they match what the command line reports from there, and so do
   * baseline fingerprints.
   *
   * @return null when the module has none of these folders (an aggregator, for example)
   */
  public HostPipeline.Outcome run(MavenProject project, MavenSession session, Log log)
      throws IOException {
    List<Path> roots = roots(project);
    if (roots.isEmpty()) {
      log.info().accept("authlint: no source or resource folders in " + project.getArtifactId());
      return null;
    }
    Path base = base(project, session);
    HostPipeline.Outcome outcome =
        new HostPipeline(rules, base)
            .failOn(failOn)
            .format(outputFormat)
            .baseline(baseline)
            .writeBaseline(writeBaseline)
            .run(withHistory(analyse(roots, base, log), project, base), outputFile);
    for (Finding f : outcome.result().findings()) {
      String line =
          f.path() + ":[" + f.line() + "," + f.column() + "] " + f.ruleId() + ": " + f.message();
      if (f.level() == Level.ERROR) {
        log.error().accept(line);
      } else {
        log.warn().accept(line);
      }
    }
    for (Diagnostic d : outcome.result().diagnostics()) {
      log.warn().accept(d.toString());
    }
    return outcome;
  }

  /** The history findings of the project's repository, once per build: in the execution root. */
  private AnalysisResult withHistory(AnalysisResult result, MavenProject project, Path base) {
    boolean keysRuleOn = rules.stream().anyMatch(r -> r.id().equals(HardcodedApiKey.ID));
    return history && keysRuleOn && project.isExecutionRoot()
        ? new HistoryScan(Catalog.defaults())
            .addTo(result, List.of(project.getBasedir().toPath()), base)
        : result;
  }

  private AnalysisResult analyse(List<Path> roots, Path base, Log log) {
    Engine engine = new Engine(rules, Catalog.defaults(), includeTests);
    int threads = Runtime.getRuntime().availableProcessors();
    ResultCache cache = cacheFile == null ? null : engine.cache(cacheFile, log.warn());
    AnalysisResult result;
    if (includes.isEmpty() && excludes.isEmpty()) {
      result = engine.run(roots, base, threads, cache);
    } else {
      List<Diagnostic> diagnostics = new ArrayList<>();
      AnalysisResult selected =
          engine.run(selected(roots, base, diagnostics), base, threads, cache);
      diagnostics.addAll(selected.diagnostics());
      result =
          new AnalysisResult(
              selected.findings(), List.copyOf(diagnostics), selected.filesAnalysed());
    }
    if (cache != null) {
      try {
        cache.save();
      } catch (IOException e) { // the next build analyses everything again; this one is complete
        log.warn()
            .accept("authlint: could not write the cache " + cacheFile + ": " + e.getMessage());
      }
    }
    return result;
  }

  private List<Path> roots(MavenProject project) {
    List<String> folders = new ArrayList<>(project.getCompileSourceRoots());
    project.getResources().stream().map(Resource::getDirectory).forEach(folders::add);
    if (includeTests) {
      folders.addAll(project.getTestCompileSourceRoots());
      project.getTestResources().stream().map(Resource::getDirectory).forEach(folders::add);
    }
    Path basedir = project.getBasedir().toPath();
    return folders.stream()
        .filter(Objects::nonNull)
        .map(f -> basedir.resolve(f).normalize())
        .filter(Files::isDirectory)
        .distinct()
        .toList();
  }

  private static Path base(MavenProject project, MavenSession session) {
    // Unset when Maven is not started by its launcher script (embedded, some IDEs).
    File top = session.getRequest().getMultiModuleProjectDirectory();
    return (top != null ? top : project.getBasedir()).toPath().toAbsolutePath().normalize();
  }

  /**
   * The files under the roots that the includes and excludes select, each matched relative to its
   * root.
   */
  private List<Path> selected(List<Path> roots, Path base, List<Diagnostic> problems) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      FileDiscovery.Discovered found = FileDiscovery.discover(List.of(root), base);
      problems.addAll(found.diagnostics());
      Path absoluteRoot = root.toAbsolutePath().normalize();
      for (Path file : found.files()) {
        String relative = absoluteRoot.relativize(file).toString();
        if ((includes.isEmpty() || matches(includes, relative)) && !matches(excludes, relative)) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static boolean matches(List<String> patterns, String relativePath) {
    return patterns.stream().anyMatch(p -> SelectorUtils.matchPath(p.trim(), relativePath));
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
  }
}
