package dev.authlint.core.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Engine.FileResult;
import dev.authlint.core.Finding;
import dev.authlint.core.SourceFile;
import dev.authlint.core.Tool;
import dev.authlint.core.project.BuildFiles;
import dev.authlint.core.project.Fact;
import dev.authlint.core.project.FileSummary;
import dev.authlint.core.project.ProjectModel;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The results of a run kept in a file, so that the next run analyses only what changed: per file,
 * its summary for the project model and its findings and diagnostics, with every fact of the
 * project model its analysis consulted. A result is reused only when the file's text is the same
 * and every such fact still holds; a summary, when the text and the file's build are the same. The
 * whole file is used only when the same version of authlint made it with the same catalog; results
 * also need the same rules and options. Thread-safe; written once, at the end of a run, to a
 * temporary file moved into place.
 */
public final class ResultCache {
  private static final String FORMAT = "authlint-result-cache";
  private static final int FORMAT_VERSION = 3;

  /**
   * Nulls and empty lists are left out, and an absent list reads as empty: most of a summary is
   * empty lists, and a smaller file loads faster.
   */
  private static final ObjectMapper JSON = mapper();

  private static ObjectMapper mapper() {
    ObjectMapper mapper =
        new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    mapper
        .configOverride(List.class)
        .setInclude(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
        .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    return mapper;
  }

  /** A file's summary: null when the file could not be parsed. */
  record SummaryEntry(FileSummary summary, String build) {}

  /**
   * A file's analysis; {@code projectTypes}: made in the stage that reads the project's client
   * types.
   */
  record ResultEntry(
      boolean projectTypes,
      List<Finding> findings,
      Diagnostic diagnostic,
      List<Diagnostic> warnings,
      List<Integer> facts) {}

  record FileEntry(String content, SummaryEntry summary, ResultEntry result) {}

  /**
   * The file as written: {@code settings} stands for the rules and options the results were made
   * with.
   */
  record Stored(
      String format,
      int formatVersion,
      String tool,
      String catalog,
      String settings,
      String texts,
      Map<String, String> builds,
      List<Fact> facts,
      Map<String, FileEntry> files) {}

  private final Path file;
  private final String catalog;
  private final String settings;
  private final Map<String, FileEntry> previous;
  private final List<Fact> previousFacts;
  private final String previousTexts;
  private final Map<String, String> previousBuilds;

  /** The fingerprint of this run's texts, and whether the cache was made of the same. */
  private String texts = "";

  private volatile boolean sameTexts;

  /** The build files this run consulted, as {@link BuildFiles#consulted}. */
  private final Map<String, String> builds = new ConcurrentHashMap<>();

  /** Whether the texts and every build file the stored facts were drawn from are unchanged. */
  private volatile boolean sameSources;

  /** Whether each stored fact holds, per project: the same fact may be asked of several. */
  private final Map<ProjectModel, Map<Integer, Boolean>> holds = new ConcurrentHashMap<>();

  /** Whether this run made a result or a summary the cache did not have. */
  private volatile boolean changed;

  private final Map<String, SummaryEntry> summaries = new ConcurrentHashMap<>();
  private final Map<String, Result> results = new ConcurrentHashMap<>();
  private final Map<String, String> contents = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger reused =
      new java.util.concurrent.atomic.AtomicInteger();

  private record Result(ResultEntry entry, Set<Fact> facts) {}

  private ResultCache(Path file, String catalog, String settings, Stored stored) {
    this.file = file;
    this.catalog = catalog;
    this.settings = settings;
    boolean sameSettings = stored != null && settings.equals(stored.settings());
    this.previous = stored == null ? Map.of() : stored.files();
    this.previousFacts = stored == null || !sameSettings ? List.of() : stored.facts();
    this.previousTexts = stored == null ? "" : stored.texts();
    this.previousBuilds = stored == null ? Map.of() : stored.builds();
    if (stored != null && !sameSettings) { // other rules or options: the summaries still serve
      previous.replaceAll((path, entry) -> new FileEntry(entry.content(), entry.summary(), null));
    }
  }

  /**
   * The cache kept in {@code file}: empty when there is none yet, and, with one line to {@code
   * warn}, when it cannot be read, is not a cache of authlint's or was made by another version or
   * catalog.
   *
   * @param catalog a fingerprint of the catalog the run uses
   * @param settings a fingerprint of the rules and options the run uses
   */
  public static ResultCache load(
      Path file, String catalog, String settings, Consumer<String> warn) {
    return load(read(file), catalog, settings, warn);
  }

  /**
   * A cache file as read, not yet checked against a run's catalog and options: a host may read it
   * while the catalog loads.
   */
  public static final class Read {
    private final Path file;
    private final Stored stored;
    private final String failure;

    private Read(Path file, Stored stored, String failure) {
      this.file = file;
      this.stored = stored;
      this.failure = failure;
    }
  }

  /** Reads the cache kept in {@code file}, for {@link #load(Read, String, String, Consumer)}. */
  public static Read read(Path file) {
    try {
      return new Read(file, JSON.readValue(Files.readAllBytes(file), Stored.class), null);
    } catch (NoSuchFileException e) {
      return new Read(file, null, null); // the first run
    } catch (IOException | RuntimeException e) {
      return new Read(file, null, "it cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The cache as {@link #load(Path, String, String, Consumer)} gives it, from a file read. */
  public static ResultCache load(
      Read read, String catalog, String settings, Consumer<String> warn) {
    String unusable = read.stored == null ? read.failure : unusable(read.stored, catalog);
    if (unusable != null) {
      warn.accept("authlint: ignoring the cache " + read.file + ": " + unusable);
    }
    Stored stored = unusable == null ? read.stored : null;
    return new ResultCache(read.file, catalog, settings, stored == null ? null : copy(stored));
  }

  private static String unusable(Stored stored, String catalog) {
    if (stored == null
        || !FORMAT.equals(stored.format())
        || stored.files() == null
        || stored.facts() == null) {
      return "it is not a result cache of authlint";
    }
    if (stored.formatVersion() != FORMAT_VERSION || !Tool.version().equals(stored.tool())) {
      return "it was made by another version of authlint (" + stored.tool() + ")";
    }
    if (!catalog.equals(stored.catalog())) {
      return "it was made with another catalog";
    }
    boolean complete =
        stored.files().values().stream()
            .allMatch(
                e ->
                    e != null
                        && e.content() != null
                        && (e.result() == null
                            || e.result().facts().stream()
                                .allMatch(i -> i >= 0 && i < stored.facts().size())));
    return complete ? null : "it is incomplete";
  }

  private static Stored copy(Stored stored) {
    return new Stored(
        stored.format(),
        stored.formatVersion(),
        stored.tool(),
        stored.catalog(),
        stored.settings(),
        stored.texts(),
        stored.builds(),
        stored.facts(),
        new HashMap<>(stored.files()));
  }

  /** How many files' results this run took from the cache. */
  public int reused() {
    return reused.get();
  }

  /** Whether this is the cache's own file, which a run over the folder holding it passes over. */
  public boolean isKeptIn(Path path) {
    return isFile(file, path);
  }

  /** Whether {@code path} is the cache file {@code cacheFile}, however each is written. */
  public static boolean isFile(Path cacheFile, Path path) {
    return path.toAbsolutePath().normalize().equals(cacheFile.toAbsolutePath().normalize());
  }

  /** The fingerprint of a file's text, kept for this run. */
  public String content(SourceFile source) {
    return contents.computeIfAbsent(
        source.path(), p -> dev.authlint.core.project.Fingerprint.forCache(source.text()));
  }

  /**
   * Takes the fingerprint of the run's texts as a whole (each file's path, project and content):
   * while it is the one the cache was made with, the facts drawn from the texts alone still hold
   * and are not asked again.
   */
  public void runOver(String texts) {
    this.texts = texts;
    this.sameTexts = texts.equals(previousTexts);
    if (!sameTexts) {
      changed = true;
    }
    // Every fact is drawn from the texts, the build files and the catalog and options (the
    // cache's own key): with all of them unchanged, every stored fact holds.
    this.sameSources =
        sameTexts
            && previousBuilds.entrySet().stream()
                .allMatch(b -> BuildFiles.state(Path.of(b.getKey())).equals(b.getValue()));
  }

  /** Keeps the build files the run's project models consulted, for the next run to check. */
  public void consulted(Map<String, String> buildFiles) {
    builds.putAll(buildFiles);
    if (!previousBuilds.entrySet().containsAll(buildFiles.entrySet())) {
      changed = true;
    }
  }

  /** The summary made of this text before, if the file's build is the same. */
  public Optional<Optional<FileSummary>> summary(SourceFile source, ProjectModel project) {
    String content = content(source);
    FileEntry entry = previous.get(source.path());
    if (entry == null
        || entry.summary() == null
        || !entry.content().equals(content)
        || !sameBuild(source, entry.summary().build(), project)) {
      return Optional.empty();
    }
    summaries.put(source.path(), entry.summary());
    return Optional.of(Optional.ofNullable(entry.summary().summary()));
  }

  /** Keeps the summary made of a file in this run (empty: it could not be parsed). */
  public void putSummary(SourceFile source, Optional<FileSummary> summary, ProjectModel project) {
    changed = true;
    summaries.put(source.path(), new SummaryEntry(summary.orElse(null), build(source, project)));
  }

  /**
   * A summary depends on the file's own build (the providers it declares), and on nothing else
   * outside it.
   */
  private static String build(SourceFile source, ProjectModel project) {
    return source.location() == null
        ? ""
        : project.fact(Fact.Kind.BUILD, source.location().toString()).answer();
  }

  private static boolean sameBuild(SourceFile source, String build, ProjectModel project) {
    return build.equals(build(source, project));
  }

  /**
   * Whether a file with a result kept for this text was read on its own, in the engine's first
   * stage (its text alone made a rule parse it), whether or not the result can be reused.
   */
  public Optional<Boolean> readOnItsOwn(SourceFile source) {
    FileEntry entry = previous.get(source.path());
    return entry == null || entry.result() == null || !entry.content().equals(content(source))
        ? Optional.empty()
        : Optional.of(!entry.result().projectTypes());
  }

  /** The result of analysing this text before, if every fact it consulted still holds. */
  public Optional<FileResult> result(
      SourceFile source, boolean projectTypes, ProjectModel project) {
    String content = content(source); // also what marks the file as read in this run, for save()
    FileEntry entry = previous.get(source.path());
    if (entry == null
        || entry.result() == null
        || entry.result().projectTypes() != projectTypes
        || !entry.content().equals(content)) {
      return Optional.empty();
    }
    ResultEntry result = entry.result();
    Map<Integer, Boolean> holdsHere =
        holds.computeIfAbsent(project, p -> new ConcurrentHashMap<>());
    for (int fact : result.facts()) {
      if (!holdsHere.computeIfAbsent(fact, i -> holds(previousFacts.get(i), project))) {
        return Optional.empty();
      }
    }
    Set<Fact> facts = new java.util.HashSet<>();
    result.facts().forEach(i -> facts.add(previousFacts.get(i)));
    results.put(source.path(), new Result(result, facts));
    reused.incrementAndGet();
    return Optional.of(new FileResult(result.findings(), result.diagnostic(), result.warnings()));
  }

  private boolean holds(Fact fact, ProjectModel project) {
    return sameSources || (sameTexts && fact.kind().fromTextsAlone()) || project.stillHolds(fact);
  }

  /** Keeps the result of analysing a file in this run, with the facts its analysis consulted. */
  public void putResult(
      SourceFile source, boolean projectTypes, FileResult result, Set<Fact> facts) {
    changed = true;
    results.put(
        source.path(),
        new Result(
            new ResultEntry(
                projectTypes, result.findings(), result.diagnostic(), result.warnings(), List.of()),
            facts));
  }

  /**
   * The build files consulted in this run, and those the results it took from the cache were drawn
   * from.
   */
  private Map<String, String> everyBuildFile() {
    Map<String, String> every = new TreeMap<>(previousBuilds);
    every.putAll(builds);
    return every;
  }

  /**
   * Writes what this run knows, for the files it read: to a temporary file beside the cache, then
   * moved over it, so that a run stopped half way leaves the old cache whole. Nothing is written
   * when the cache already holds all of it.
   */
  public void save() throws IOException {
    if (!changed && contents.keySet().equals(previous.keySet())) {
      return; // every file read is as the cache has it
    }
    Map<Fact, Integer> index = new HashMap<>();
    List<Fact> facts = new ArrayList<>();
    Map<String, FileEntry> files = new TreeMap<>();
    for (Map.Entry<String, String> content : contents.entrySet()) {
      String path = content.getKey();
      FileEntry old = previous.get(path);
      SummaryEntry summary = summaries.get(path);
      if (summary == null
          && old != null
          && old.summary() != null
          && old.content().equals(content.getValue())) {
        summary = old.summary(); // not needed this run, still true of this text
      }
      Result result = results.get(path);
      ResultEntry stored = null;
      if (result != null) {
        List<Integer> consulted =
            result.facts().stream()
                .map(
                    f ->
                        index.computeIfAbsent(
                            f,
                            k -> {
                              facts.add(k);
                              return facts.size() - 1;
                            }))
                .sorted()
                .toList();
        ResultEntry r = result.entry();
        stored =
            new ResultEntry(
                r.projectTypes(), r.findings(), r.diagnostic(), r.warnings(), consulted);
      }
      files.put(path, new FileEntry(content.getValue(), summary, stored));
    }
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary =
        Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      JSON.writeValue(
          temporary.toFile(),
          new Stored(
              FORMAT,
              FORMAT_VERSION,
              Tool.version(),
              catalog,
              settings,
              texts,
              everyBuildFile(),
              facts,
              files));
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
