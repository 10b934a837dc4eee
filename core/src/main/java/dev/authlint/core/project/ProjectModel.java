package dev.authlint.core.project;

import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.FileSummary.FieldSummary;
import dev.authlint.core.project.FileSummary.MethodSummary;
import dev.authlint.core.project.FileSummary.TypeSummary;
import dev.authlint.core.project.FileSummary.Unseen;
import dev.authlint.core.project.FileSummary.ValueSummary;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the rest of a project says about the file a rule is looking at: the build that declares its
 * dependencies, and the summaries of the project's other Java files (their types, fields, methods
 * and calls), made when a question first needs them from the files whose text could answer it and
 * kept; nothing else of another file is kept. Shared, read-only in effect, by every thread.
 */
public final class ProjectModel {
  /** How far a chain of supertypes or of callers is followed. */
  private static final int MAX_DEPTH = 16;

  private final Catalog catalog;
  private final BuildFiles builds = new BuildFiles();
  private final List<SourceFile> files;
  private final Function<SourceFile, Optional<FileSummary>> summarizer;
  private final Supplier<Set<Catalog.Provider>> everyBuildsProviders;
  private final Supplier<Map<String, List<SourceFile>>> filesByName;
  private final Supplier<Set<String>> clientTypes;
  private final Supplier<Map<SourceFile, Set<String>>> supertypeWords;
  private final Map<String, CompletableFuture<Optional<FileSummary>>> summaries =
      new ConcurrentHashMap<>();
  private final Map<String, List<SourceFile>> mentioning = new ConcurrentHashMap<>();
  private final Map<String, List<SourceFile>> extending = new ConcurrentHashMap<>();
  private final Map<String, SourceFile> filesByPath;
  private final Map<String, String> summaryFingerprints = new ConcurrentHashMap<>();
  private final Map<String, Recorded<Optional<TypeSummary>>> types = new ConcurrentHashMap<>();
  private final FailurePaths failurePaths;
  private final ValueOrigins valueOrigins;

  /** The facts each analysis on this thread has consulted, innermost last; empty: none records. */
  private final ThreadLocal<Deque<Set<Fact>>> recording = ThreadLocal.withInitial(ArrayDeque::new);

  /** Whether facts are recorded at all: only for a result cache, which pays for it. */
  private volatile boolean recordsFacts;

  private ProjectModel(
      Catalog catalog,
      List<SourceFile> files,
      Function<SourceFile, Optional<FileSummary>> summarizer) {
    this.catalog = catalog;
    this.files = List.copyOf(files);
    this.summarizer = summarizer;
    this.everyBuildsProviders =
        memoize(
            () ->
                providersIn(
                    this.files.stream().map(this::buildOf).flatMap(Optional::stream).distinct()));
    this.supertypeWords = memoize(() -> ClientTypeNames.supertypeWords(this.files));
    this.clientTypes =
        memoize(
            () ->
                ClientTypeNames.of(
                    catalog,
                    supertypeWords,
                    this::summariesMentioning,
                    ValueOrigins.aiServiceFactoryNames(catalog).toList()));
    this.filesByName =
        memoize(
            () ->
                this.files.stream()
                    .collect(
                        java.util.stream.Collectors.groupingBy(
                            f -> f.path().substring(f.path().lastIndexOf('/') + 1))));
    this.filesByPath = new java.util.HashMap<>();
    this.files.forEach(f -> filesByPath.put(f.path(), f));
    this.failurePaths = new FailurePaths(this);
    this.valueOrigins = new ValueOrigins(this);
  }

  // ---- what an analysis consulted ---------------------------------------------------------------

  /** From now on, records the facts each analysis consults; for a result cache. */
  public void recordFacts() {
    recordsFacts = true;
  }

  /**
   * Runs {@code analysis} on this thread, adding to {@code consulted} every fact the model gives
   * it.
   */
  public <T> T recording(Set<Fact> consulted, Supplier<T> analysis) {
    recording.get().addLast(consulted);
    try {
      return analysis.get();
    } finally {
      recording.get().removeLast();
    }
  }

  /** What the model answers now to a question of this kind. */
  public Fact fact(Fact.Kind kind, String key) {
    return new Fact(kind, key, unrecorded(() -> answer(kind, key)));
  }

  /** Whether the model of this run gives the same answer as when the fact was recorded. */
  public boolean stillHolds(Fact fact) {
    return unrecorded(() -> answer(fact.kind(), fact.key())).equals(fact.answer());
  }

  /**
   * The fingerprint of what the model answers now; the one function recording and checking share.
   */
  private String answer(Fact.Kind kind, String key) {
    return switch (kind) {
      case SUMMARY -> {
        SourceFile file = filesByPath.get(key);
        yield file == null ? "" : summaryFingerprint(file);
      }
      case MENTIONS -> paths(filesMentioning(key));
      case EXTENDS -> paths(filesExtending(key));
      case NAMED -> paths(filesNamed().getOrDefault(key, List.of()));
      case CLIENT_TYPE -> {
        SourceFile file = filesByPath.get(key);
        yield String.valueOf(file != null && clientTypeMatches(file));
      }
      case BUILD -> Fingerprint.forCache(String.valueOf(builds.of(Path.of(key))));
      case EVERY_BUILD -> providerIds(everyBuildsProviders.get());
      case TEXT -> {
        int nul = key.indexOf('\0');
        SourceFile file = filesByPath.get(key.substring(0, nul));
        yield String.valueOf(file != null && file.text().contains(key.substring(nul + 1)));
      }
    };
  }

  void consulted(Fact.Kind kind, String key) {
    if (!recordsFacts) {
      return;
    }
    Deque<Set<Fact>> scopes = recording.get();
    if (!scopes.isEmpty()) {
      consulted(scopes, new Fact(kind, key, unrecorded(() -> answer(kind, key))));
    }
  }

  private static void consulted(Deque<Set<Fact>> scopes, Fact fact) {
    for (Set<Fact> scope : scopes) {
      scope.add(fact);
    }
  }

  /** Work whose answer is recorded as a whole, so that what it looked at is not. */
  private <T> T unrecorded(Supplier<T> work) {
    Deque<Set<Fact>> scopes = recording.get();
    if (scopes.isEmpty()) {
      return work.get();
    }
    recording.set(new ArrayDeque<>());
    try {
      return work.get();
    } finally {
      recording.set(scopes);
    }
  }

  /** A value kept for every file that asks, with the facts its computation consulted. */
  record Recorded<T>(T value, Set<Fact> consulted) {}

  /**
   * A memoized value: computed while recording what it consults, and that replayed on every use.
   */
  <T> T remembered(Map<String, Recorded<T>> memo, String key, Supplier<T> compute) {
    Recorded<T> known = memo.get(key);
    if (known == null) {
      Set<Fact> consulted = new HashSet<>();
      T value = recordsFacts ? recording(consulted, compute) : compute.get();
      known = new Recorded<>(value, consulted);
      memo.putIfAbsent(key, known);
    } else {
      Deque<Set<Fact>> scopes = recording.get();
      known.consulted().forEach(f -> consulted(scopes, f));
    }
    return known.value();
  }

  private static String paths(List<SourceFile> files) {
    return Fingerprint.forCache(
        String.join("\n", files.stream().map(SourceFile::path).sorted().toList()));
  }

  private static String providerIds(Set<Catalog.Provider> providers) {
    return String.join(",", providers.stream().map(Catalog.Provider::id).sorted().toList());
  }

  private String summaryFingerprint(SourceFile file) {
    String known = summaryFingerprints.get(file.path());
    if (known == null) {
      known = Fingerprint.forCache(String.valueOf(unrecorded(() -> summaryOf(file))));
      summaryFingerprints.put(file.path(), known);
    }
    return known;
  }

  /**
   * The model of a run over these files; {@code summarizer} makes a file's summary (parsing it),
   * and gives none for a file that cannot be parsed.
   */
  public static ProjectModel of(
      Catalog catalog,
      List<SourceFile> files,
      Function<SourceFile, Optional<FileSummary>> summarizer) {
    return new ProjectModel(catalog, files, summarizer);
  }

  /** A model that knows no other file: each file's own build is still read when it lies on disk. */
  public static ProjectModel ofNothing(Catalog catalog) {
    return new ProjectModel(catalog, List.of(), f -> Optional.empty());
  }

  // ---- builds -----------------------------------------------------------------------------------

  /** The build files this model has read or looked for, as {@link BuildFiles#consulted}. */
  public Map<String, String> buildFilesConsulted() {
    return builds.consulted();
  }

  public Optional<BuildFile> buildOf(SourceFile file) {
    if (file.location() == null) {
      return Optional.empty();
    }
    consulted(Fact.Kind.BUILD, file.location().toString());
    return builds.of(file.location());
  }

  /**
   * The model providers a file's build brings in (its own dependencies and its parents'); when it
   * declares none, those of every build in the run, since a module may take its model from another.
   * Empty when no build says.
   */
  public Set<Catalog.Provider> declaredProviders(SourceFile file) {
    Set<Catalog.Provider> own = providersIn(buildOf(file).stream());
    if (!own.isEmpty()) {
      return own;
    }
    consulted(Fact.Kind.EVERY_BUILD, "");
    return unrecorded(everyBuildsProviders);
  }

  /** The version of an SDK the file's build uses, if it says. */
  public Optional<String> versionOf(Catalog.Sdk sdk, SourceFile file) {
    return buildOf(file).flatMap(build -> build.versionOf(sdk));
  }

  private Set<Catalog.Provider> providersIn(Stream<BuildFile> buildFiles) {
    Set<Catalog.Provider> found = new LinkedHashSet<>();
    buildFiles.forEach(build -> found.addAll(build.providers(catalog)));
    return found;
  }

  // ---- summaries --------------------------------------------------------------------------------

  /**
   * Records the summary of a file the engine has parsed anyway, so that no one parses it again;
   * made only when the model has none of this text yet.
   */
  public void register(SourceFile file, Supplier<FileSummary> summary) {
    CompletableFuture<Optional<FileSummary>> known = summaries.get(file.path());
    if (known != null && known.isDone() && holdsText(file)) {
      return;
    }
    // The file as analysed wins over any summary of an older copy (an editor's unsaved text).
    summaries.put(file.path(), CompletableFuture.completedFuture(Optional.of(summary.get())));
    summaryFingerprints.remove(file.path());
  }

  /** Whether the model's copy of this file has this text. */
  public boolean holdsText(SourceFile file) {
    SourceFile modelled = filesByPath.get(file.path());
    return modelled != null && modelled.text().equals(file.text());
  }

  /** The summary of a file of the project: registered by its analysis, or made now. */
  public Optional<FileSummary> summaryOf(SourceFile file) {
    return summary(file);
  }

  private Optional<FileSummary> summary(SourceFile file) {
    consulted(Fact.Kind.SUMMARY, file.path());
    CompletableFuture<Optional<FileSummary>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<FileSummary>> known = summaries.putIfAbsent(file.path(), mine);
    if (known != null) {
      return known.join();
    }
    try {
      mine.complete(summarizer.apply(file));
    } catch (RuntimeException | StackOverflowError e) {
      mine.complete(Optional.empty()); // the file's own analysis reports why
    }
    return mine.join();
  }

  /** The summaries of the files whose text contains a word. */
  Stream<FileSummary> summariesMentioning(String word) {
    consulted(Fact.Kind.MENTIONS, word);
    return filesMentioning(word).stream().map(this::summary).flatMap(Optional::stream);
  }

  /**
   * The summaries of the files whose text contains {@code word} and at least one of {@code anyOf}:
   * only those are summarised.
   */
  Stream<FileSummary> summariesMentioning(String word, Set<String> anyOf) {
    consulted(Fact.Kind.MENTIONS, word);
    anyOf.forEach(name -> consulted(Fact.Kind.MENTIONS, name));
    return filesMentioning(word).stream()
        .filter(f -> anyOf.stream().anyMatch(f.text()::contains))
        .map(this::summary)
        .flatMap(Optional::stream);
  }

  /** The summaries of the files whose {@code extends} or {@code implements} clauses name a type. */
  Stream<FileSummary> summariesExtending(String simpleName) {
    consulted(Fact.Kind.EXTENDS, simpleName);
    return filesExtending(simpleName).stream().map(this::summary).flatMap(Optional::stream);
  }

  /** The files whose {@code extends} or {@code implements} clauses name a type. */
  private List<SourceFile> filesExtending(String simpleName) {
    return extending.computeIfAbsent(
        simpleName,
        name ->
            files.stream()
                .filter(f -> supertypeWords.get().getOrDefault(f, Set.of()).contains(name))
                .toList());
  }

  private List<SourceFile> filesMentioning(String word) {
    return mentioning.computeIfAbsent(
        word, w -> files.stream().filter(f -> f.text().contains(w)).toList());
  }

  // ---- the project's own client types -----------------------------------------------------------

  /**
   * Whether a file names a type of the project that holds a client, a model or an AI service: an AI
   * service interface, a class with a client field or a method returning one, or a subclass of one.
   */
  public boolean mentionsClientType(SourceFile file) {
    consulted(Fact.Kind.CLIENT_TYPE, file.path());
    return clientTypeMatches(file);
  }

  private boolean clientTypeMatches(SourceFile file) {
    // Which types hold a client is a fact of the whole project, recorded by its answer for this
    // file.
    Set<String> names = unrecorded(clientTypes);
    return ClientTypeNames.mentionsAny(file.text(), names);
  }

  /** Who calls a method, and whether a failure leaving it is handled further on. */
  public FailurePaths failurePaths() {
    return failurePaths;
  }

  Catalog catalog() {
    return catalog;
  }

  // ---- types ------------------------------------------------------------------------------------

  /** The project's declaration of a type, by qualified name. */
  public Optional<TypeSummary> type(String qualifiedName) {
    return remembered(
        types,
        qualifiedName,
        () ->
            declaringFiles(qualifiedName)
                .map(this::summary)
                .flatMap(Optional::stream)
                .flatMap(s -> s.types().stream())
                .filter(t -> t.name().equals(qualifiedName))
                .findFirst());
  }

  /**
   * The files that may declare a type: named after it or after one of its enclosing types, as Java
   * asks of public types ({@code a.b.Outer.Inner} is in {@code Outer.java}).
   */
  Stream<SourceFile> declaringFiles(String qualifiedName) {
    if (qualifiedName.startsWith("java.") || qualifiedName.startsWith("javax.")) {
      return Stream.empty();
    }
    Set<String> names = new HashSet<>();
    for (String part : qualifiedName.split("\\.", -1)) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        names.add(part + ".java");
      }
    }
    return names.stream()
        .flatMap(
            n -> {
              consulted(Fact.Kind.NAMED, n);
              return filesNamed().getOrDefault(n, List.of()).stream();
            });
  }

  private Map<String, List<SourceFile>> filesNamed() {
    return filesByName.get();
  }

  /** The type and its supertypes that the project declares, nearest first. */
  public List<TypeSummary> hierarchy(String qualifiedName) {
    List<TypeSummary> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(qualifiedName));
    while (!next.isEmpty() && found.size() < MAX_DEPTH) {
      String name = next.poll();
      if (seen.add(name)) {
        type(name)
            .ifPresent(
                t -> {
                  found.add(t);
                  next.addAll(t.supertypes());
                });
      }
    }
    return found;
  }

  /**
   * Whether {@code sub} is {@code sup} or extends or implements it, as far as the project shows.
   */
  public boolean isSubtype(String sub, String sup) {
    return sub.equals(sup)
        || hierarchy(sub).stream()
            .anyMatch(t -> t.supertypes().contains(sup) || t.name().equals(sup));
  }

  /** A field of a type or of one of its supertypes. */
  public Optional<FieldSummary> field(String owner, String name) {
    return hierarchy(owner).stream()
        .flatMap(t -> t.fields().stream())
        .filter(f -> f.name().equals(name))
        .findFirst();
  }

  /** The methods of a type and its supertypes with this name. */
  public List<MethodSummary> methods(String owner, String name) {
    return hierarchy(owner).stream()
        .flatMap(t -> t.methods().stream())
        .filter(m -> m.name().equals(name))
        .toList();
  }

  /**
   * Where the model of an AI service interface comes from, when the project makes one: an interface
   * a framework implements ({@code @AiService}), or one built with {@code AiServices} somewhere.
   */
  public Optional<ValueSummary> aiService(String interfaceType) {
    return valueOrigins.aiService(interfaceType);
  }

  // ---- where values come from -------------------------------------------------------------------

  /**
   * The providers the unseen parts of a value's origins resolve to, and whether some stay unknown.
   */
  public record Resolution(Set<Catalog.Provider> providers, boolean unknown) {}

  public Resolution resolve(Collection<Unseen> parts) {
    return valueOrigins.resolve(parts);
  }

  static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    Map<Boolean, T> value = new ConcurrentHashMap<>();
    return () -> value.computeIfAbsent(Boolean.TRUE, k -> supplier.get());
  }
}
