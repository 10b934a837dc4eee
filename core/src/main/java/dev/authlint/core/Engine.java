package dev.authlint.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.javaparser.ast.CompilationUnit;
import dev.authlint.core.cache.ResultCache;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.engine.FileDiscovery;
import dev.authlint.core.engine.Fingerprints;
import dev.authlint.core.engine.JavaParsers;
import dev.authlint.core.engine.Prefilter;
import dev.authlint.core.engine.SourceReader;
import dev.authlint.core.engine.Suppressions;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.Summaries;
import dev.authlint.core.project.Fact;
import dev.authlint.core.project.FileSummary;
import dev.authlint.core.project.Fingerprint;
import dev.authlint.core.project.ProjectModel;
import dev.authlint.core.project.ProjectRoots;
import dev.authlint.core.project.SdkSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one engine every host runs: reads each file, runs the text checks, parses the Java files that
 * some rule needs (one parser per thread), runs the rules, applies suppressions and fingerprints. A
 * file that cannot be read, parsed or analysed gives a {@link Diagnostic}; the other files are
 * unaffected.
 */
public final class Engine {
  /** Deeply nested code recurses deeply in the parser; analysis threads get a large stack. */
  private static final long THREAD_STACK_BYTES = 64L << 20;

  private final List<Rule> rules;
  private final Catalog catalog;
  private final boolean includeTests;

  /** The project of files analysed one at a time: only each file's own build is known. */
  private final ProjectModel isolated;

  public Engine(List<Rule> rules, Catalog catalog, boolean includeTests) {
    this.rules = List.copyOf(rules);
    this.catalog = catalog;
    this.includeTests = includeTests;
    this.isolated = ProjectModel.ofNothing(catalog);
  }

  /**
   * The findings of one file, the diagnostic if it could not be analysed completely, and warnings
   * about its suppressions.
   */
  public record FileResult(
      List<Finding> findings, Diagnostic diagnostic, List<Diagnostic> warnings) {}

  /**
   * Analyses the files under the given paths; paths in reports are relative to {@code base}. Every
   * file is read first, so that the project model can look into any of them; then each is analysed.
   */
  public AnalysisResult run(List<Path> inputs, Path base, int threads) {
    return run(inputs, base, threads, null);
  }

  /**
   * The result cache kept in {@code file} for this engine's catalog, rules and options; {@code
   * warn} gets one line when the file is there but cannot be used.
   */
  public ResultCache cache(Path file, Consumer<String> warn) {
    return cache(ResultCache.read(file), warn);
  }

  /** The result cache as {@link #cache(Path, Consumer)} gives it, from a file already read. */
  public ResultCache cache(ResultCache.Read file, Consumer<String> warn) {
    String settings =
        Fingerprint.forCache(
            rules.stream().map(Rule::id).toList() + " includeTests=" + includeTests);
    return ResultCache.load(file, catalogFingerprint(), settings, warn);
  }

  private String catalogFingerprint() {
    try {
      return Fingerprint.forCache(new ObjectMapper().writeValueAsString(catalog));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the catalog cannot be written", e);
    }
  }

  /**
   * Analyses like {@link #run(List, Path, int)}, reusing from {@code cache} the results of files
   * whose text and project-model facts are unchanged and keeping the new ones in it (null: no
   * cache). The cache is not written; the host saves it.
   */
  public AnalysisResult run(List<Path> inputs, Path base, int threads, ResultCache cache) {
    return run(read(inputs, base, threads, cache == null ? p -> false : cache::isKeptIn), cache);
  }

  /**
   * The files of a run as read from disk: the inputs they were found under, the files (paths in
   * reports relative to the base), what could not be read, how many files were found, and on how
   * many threads they are analysed.
   */
  public record Sources(
      List<Path> inputs,
      List<SourceFile> files,
      List<Diagnostic> diagnostics,
      int found,
      int threads) {}

  /**
   * Finds and reads the files under the inputs, but those {@code passedOver} (a result cache's own
   * file). Needs no catalog: a host may read while the catalog loads.
   */
  public static Sources read(
      List<Path> inputs, Path base, int threads, Predicate<Path> passedOver) {
    Path absoluteBase = base.toAbsolutePath().normalize();
    FileDiscovery.Discovered discovered = FileDiscovery.discover(inputs, absoluteBase);
    List<Diagnostic> diagnostics = new ArrayList<>(discovered.diagnostics());
    List<Path> found = discovered.files().stream().filter(passedOver.negate()).toList();
    List<SourceFile> read = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), analysisThreads());
    try {
      for (SourceReader.Read r :
          inParallel(
              pool,
              found,
              path ->
                  SourceReader.read(
                      path,
                      FileDiscovery.display(path, absoluteBase),
                      SourceFile.Kind.of(path.getFileName().toString())))) {
        if (r.file() != null) {
          read.add(r.file());
        } else if (r.diagnostic() != null) { // other text that is binary or huge is passed over
          diagnostics.add(r.diagnostic());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Sources(List.copyOf(inputs), read, diagnostics, found.size(), Math.max(1, threads));
  }

  /**
   * Analyses files read by {@link #read}, with {@code cache} (null: none) as in {@link #run(List,
   * Path, int, ResultCache)}.
   */
  public AnalysisResult run(Sources sources, ResultCache cache) {
    List<SourceFile> read = sources.files();
    List<Diagnostic> diagnostics = new ArrayList<>(sources.diagnostics());
    List<Finding> findings = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(sources.threads(), analysisThreads());
    try {
      if (cache != null) {
        inParallel(pool, read, cache::content);
      }
      // One model per project: the files of one checkout never answer for another's.
      ProjectRoots roots = new ProjectRoots(sources.inputs());
      Map<Optional<Path>, List<SourceFile>> byProject =
          read.stream().collect(Collectors.groupingBy(f -> roots.of(f.location())));
      if (cache != null) {
        cache.runOver(texts(byProject, cache));
      }
      IdentityHashMap<SourceFile, ProjectModel> projects = new IdentityHashMap<>();
      List<ProjectModel> models = new ArrayList<>(List.of(isolated));
      byProject.forEach(
          (root, files) -> {
            ProjectModel project = project(files, cache);
            files.forEach(f -> projects.put(f, project));
            models.add(project);
          });
      // First the files a rule reads on their own (they name an SDK or a key), which tells the
      // model the project's own client types; then the others, read where they use those types.
      Map<Boolean, List<Planned>> readOnTheirOwn =
          inParallel(pool, read, file -> plan(file, projects.get(file), cache)).stream()
              .collect(Collectors.partitioningBy(Planned::onItsOwn));
      List<FileResult> results =
          new ArrayList<>(
              inParallel(
                  pool,
                  readOnTheirOwn.get(true),
                  p ->
                      analyzeOrReuse(
                          p.file(), p.parsedFor(), projects.get(p.file()), false, cache)));
      results.addAll(
          inParallel(
              pool,
              readOnTheirOwn.get(false),
              p -> analyzeOrReuse(p.file(), p.parsedFor(), projects.get(p.file()), true, cache)));
      if (cache != null) {
        models.forEach(m -> cache.consulted(m.buildFilesConsulted()));
      }
      for (FileResult r : results) {
        findings.addAll(r.findings());
        if (r.diagnostic() != null) {
          diagnostics.add(r.diagnostic());
        }
        diagnostics.addAll(r.warnings());
      }
    } finally {
      pool.shutdownNow();
    }
    findings.sort(Finding.ORDER);
    diagnostics.sort(
        java.util.Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line));
    return new AnalysisResult(List.copyOf(findings), List.copyOf(diagnostics), sources.found());
  }

  /** A fingerprint of every file's project, path and content. */
  private static String texts(Map<Optional<Path>, List<SourceFile>> byProject, ResultCache cache) {
    List<String> lines = new ArrayList<>();
    byProject.forEach(
        (root, files) ->
            files.forEach(
                f ->
                    lines.add(
                        root.map(Path::toString).orElse("")
                            + "\t"
                            + f.path()
                            + "\t"
                            + cache.content(f))));
    lines.sort(null);
    return Fingerprint.forCache(String.join("\n", lines));
  }

  /** A file, whether some rule parses it on its own (the first stage), and those rules. */
  private record Planned(SourceFile file, boolean onItsOwn, Supplier<List<Rule>> parsedFor) {}

  /**
   * Which stage a file is analysed in, and for which rules it is parsed. A result the cache keeps
   * for the same text knows the stage already: the rules' text tests are asked only if it cannot be
   * reused.
   */
  private Planned plan(SourceFile file, ProjectModel project, ResultCache cache) {
    Optional<Boolean> cachedStage = cache == null ? Optional.empty() : cache.readOnItsOwn(file);
    if (cachedStage.isPresent()) {
      return new Planned(file, cachedStage.get(), () -> parsedFor(file, project));
    }
    List<Rule> parsedFor = parsedFor(file, project);
    return new Planned(file, !parsedFor.isEmpty(), () -> parsedFor);
  }

  /** The rules that parse this file on their own, whatever the rest of the project holds. */
  private List<Rule> parsedFor(SourceFile file, ProjectModel project) {
    return file.kind() == SourceFile.Kind.JAVA
        ? rules.stream().filter(r -> r.needsParse(file) && r.judges(file, project)).toList()
        : List.of();
  }

  /** The model of a project made of these files. */
  public ProjectModel project(List<SourceFile> files) {
    return project(files, null);
  }

  /**
   * The model of a project made of these files, taking from {@code cache} (unless null) the
   * summaries of files it knows and keeping there those it makes; it then records what each
   * analysis consults.
   */
  public ProjectModel project(List<SourceFile> files, ResultCache cache) {
    List<SourceFile> java = files.stream().filter(f -> f.kind() == SourceFile.Kind.JAVA).toList();
    if (cache == null) {
      return ProjectModel.of(catalog, java, this::summarise);
    }
    ProjectModel[] model = new ProjectModel[1];
    model[0] =
        ProjectModel.of(
            catalog,
            java,
            file ->
                cache
                    .summary(file, model[0])
                    .orElseGet(
                        () -> {
                          Optional<FileSummary> made = summarise(file);
                          cache.putSummary(file, made, model[0]);
                          return made;
                        }));
    model[0].recordFacts();
    return model[0];
  }

  /**
   * Analyses one file, or takes its result from the cache when its text and every fact of the
   * project model it consulted are unchanged.
   */
  private FileResult analyzeOrReuse(
      SourceFile file,
      Supplier<List<Rule>> parsedFor,
      ProjectModel project,
      boolean projectTypes,
      ResultCache cache) {
    if (cache == null) {
      return analyze(file, parsedFor.get(), project, projectTypes, null);
    }
    Optional<FileResult> known = cache.result(file, projectTypes, project);
    if (known.isPresent()) {
      return known.get();
    }
    List<Rule> rules = parsedFor.get();
    // The stage the cache knew, unless no rule parses the file on its own any more (its build
    // changed): then it is read as a file of the second stage.
    boolean types = projectTypes || rules.isEmpty();
    Set<Fact> consulted = new HashSet<>();
    FileResult result =
        project.recording(consulted, () -> analyze(file, rules, project, types, cache));
    cache.putResult(file, types, result, consulted);
    return result;
  }

  /** A file and its tree. */
  private record Tree(SourceFile file, CompilationUnit cu) {}

  /**
   * The tree this thread's rules are reading: a file whose summary was not made eagerly may ask for
   * its own (a field of its supertype), which is then made from that tree.
   */
  private static final ThreadLocal<Tree> ANALYSING = new ThreadLocal<>();

  /** A file's summary for the project model; none when it cannot be parsed. */
  private Optional<FileSummary> summarise(SourceFile file) {
    Tree current = ANALYSING.get();
    CompilationUnit cu =
        current != null && current.file().equals(file)
            ? current.cu()
            : JavaParsers.parse(file).cu();
    return cu == null
        ? Optional.empty()
        : Optional.of(Summaries.of(new JavaUnit(file, cu, catalog, isolated)));
  }

  private static <T, R> List<R> inParallel(
      ExecutorService pool, List<T> items, Function<T, R> work) {
    List<Future<R>> futures = new ArrayList<>();
    for (T item : items) {
      futures.add(pool.submit(() -> work.apply(item)));
    }
    List<R> results = new ArrayList<>();
    try {
      for (Future<R> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed", e.getCause());
    }
    return results;
  }

  /** Analyses one file already in memory, on its own: a project of one file. Never throws. */
  public FileResult analyze(SourceFile file) {
    return analyze(file, project(List.of(file)));
  }

  /** Analyses one file already in memory, as part of a project. Never throws. */
  public FileResult analyze(SourceFile file, ProjectModel project) {
    return analyze(file, parsedFor(file, project), project, true, null);
  }

  /**
   * Analyses one file as part of a project made by {@link #project(List, ResultCache)} with the
   * same cache (null: none), or takes its result from the cache: for hosts that see one file at a
   * time (Checkstyle). The host saves the cache.
   */
  public FileResult analyze(SourceFile file, ProjectModel project, ResultCache cache) {
    return analyzeOrReuse(file, () -> parsedFor(file, project), project, true, cache);
  }

  /**
   * Analyses one file, parsed for the rules {@code parsedFor}; with {@code projectTypes}, also for
   * the rules that read the project's own client types, when it uses one.
   */
  private FileResult analyze(
      SourceFile file,
      List<Rule> parsedFor,
      ProjectModel project,
      boolean projectTypes,
      ResultCache cache) {
    FileReport report = new FileReport(file, includeTests);
    Diagnostic diagnostic = null;
    for (Rule rule : rules) {
      diagnostic = firstOf(diagnostic, guarded(file, rule, () -> rule.checkText(file, report)));
    }
    CompilationUnit cu = null;
    // A file that names an SDK was offered to every rule already, by its text.
    boolean usesClientType =
        projectTypes
            && file.kind() == SourceFile.Kind.JAVA
            && !Prefilter.mentionsSdk(file.text(), catalog)
            && project.mentionsClientType(file);
    List<Rule> parsing =
        file.kind() == SourceFile.Kind.JAVA
            ? rules.stream()
                .filter(
                    r ->
                        parsedFor.contains(r)
                            || (usesClientType
                                && r.readsForProjectClientTypes(file)
                                && r.judges(file, project)))
                .toList()
            : List.of();
    if (!parsing.isEmpty()) {
      JavaParsers.Parsed parsed = JavaParsers.parse(file);
      cu = parsed.cu();
      diagnostic = firstOf(diagnostic, parsed.diagnostic());
    }
    // Other files ask the model about the application's files that name an SDK. A summary costs as
    // much as a parse: that of any other file (most of those parsed for a key, an SDK's own
    // sources) is made only if asked, from the model's copy.
    if (cu != null
        && (!project.holdsText(file)
            || (Prefilter.mentionsSdk(file.text(), catalog)
                && !SdkSources.includes(file, project)))) {
      CompilationUnit parsed = cu;
      project.register(
          file,
          () -> {
            FileSummary summary = Summaries.of(new JavaUnit(file, parsed, catalog, isolated));
            if (cache != null) {
              cache.putSummary(file, Optional.of(summary), project);
            }
            return summary;
          });
    }
    if (cu != null) {
      JavaUnit unit = new JavaUnit(file, cu, catalog, project);
      ANALYSING.set(new Tree(file, cu));
      try {
        for (Rule rule : parsing) {
          diagnostic = firstOf(diagnostic, guarded(file, rule, () -> rule.check(unit, report)));
        }
      } finally {
        ANALYSING.remove();
      }
    }
    if (report.findings().isEmpty() && !file.text().contains("authlint:ignore")) {
      return new FileResult(List.of(), diagnostic, List.of());
    }
    Suppressions suppressions = new Suppressions(file, cu);
    List<Finding> kept =
        report.findings().stream()
            .filter(f -> !suppressions.isSuppressed(f))
            .sorted(Finding.ORDER)
            .toList();
    return new FileResult(
        Fingerprints.assign(kept, suppressions::line), diagnostic, suppressions.warnings());
  }

  private static Diagnostic guarded(SourceFile file, Rule rule, Runnable check) {
    try {
      check.run();
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      return Diagnostic.failure(file.path(), "could not be analysed by " + rule.id(), e);
    }
  }

  private static Diagnostic firstOf(Diagnostic first, Diagnostic next) {
    return first != null ? first : next;
  }

  private static ThreadFactory analysisThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(null, task, "authlint-" + count.incrementAndGet(), THREAD_STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }
}
