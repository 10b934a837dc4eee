package dev.authlint.core.project;

import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.FileSummary.CallSite;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the rest of a project says about the file a rule is looking at: the build that declares its
 * dependencies, and the summaries of the project's other Java files (their types, fields, methods and
 * calls). Summaries are made when a question first needs them, from the files whose text could answer
 * it, and kept; nothing else of another file is kept. Shared, read-only in effect, by every thread.
 */
public final class ProjectModel {
  /** How far a chain of supertypes or of callers is followed. */
  private static final int MAX_DEPTH = 16;

  private final Catalog catalog;
  private final BuildFiles builds = new BuildFiles();
  private final List<SourceFile> files;
  private final BiFunction<SourceFile, ProjectModel, Optional<FileSummary>> summarizer;
  private final Supplier<ProjectModel> namesOnly;
  private final Supplier<Set<Catalog.Provider>> everyBuildsProviders;
  private final Supplier<Map<String, List<SourceFile>>> filesByName;
  private final Supplier<Optional<Pattern>> clientTypeMention;
  private final Map<String, CompletableFuture<Optional<FileSummary>>> summaries = new ConcurrentHashMap<>();
  private final Map<String, List<SourceFile>> mentioning = new ConcurrentHashMap<>();
  private final Map<String, Optional<TypeSummary>> types = new ConcurrentHashMap<>();
  private final Map<String, Outcome> handled = new ConcurrentHashMap<>();

  private ProjectModel(
      Catalog catalog,
      List<SourceFile> files,
      BiFunction<SourceFile, ProjectModel, Optional<FileSummary>> summarizer) {
    this.catalog = catalog;
    this.files = List.copyOf(files);
    this.summarizer = summarizer;
    this.everyBuildsProviders = memoize(() -> providersIn(
        this.files.stream().map(this::buildOf).flatMap(Optional::stream).distinct()));
    this.clientTypeMention = memoize(this::clientTypeMentionPattern);
    this.namesOnly = memoize(() -> new ProjectModel(catalog, this.files, (file, names) -> Optional.empty()));
    this.filesByName = memoize(() -> this.files.stream().collect(java.util.stream.Collectors.groupingBy(
        f -> f.path().substring(f.path().lastIndexOf('/') + 1))));
  }

  /**
   * The model of a run over these files; {@code summarizer} makes a file's summary (parsing it), and
   * gives none for a file that cannot be parsed. It is given {@link #namesOnly()} to resolve names with.
   */
  public static ProjectModel of(
      Catalog catalog,
      List<SourceFile> files,
      BiFunction<SourceFile, ProjectModel, Optional<FileSummary>> summarizer) {
    return new ProjectModel(catalog, files, summarizer);
  }

  /** A model that knows no other file: each file's own build is still read when it lies on disk. */
  public static ProjectModel ofNothing(Catalog catalog) {
    return new ProjectModel(catalog, List.of(), (file, names) -> Optional.empty());
  }

  // ---- builds --------------------------------------------------------------------------------------

  public Optional<BuildFile> buildOf(SourceFile file) {
    return file.location() == null ? Optional.empty() : builds.of(file.location());
  }

  /**
   * The model providers a file's build brings in (its own dependencies and its parents'); when it
   * declares none, those of every build in the run, since a module may take its model from another.
   * Empty when no build says.
   */
  public Set<Catalog.Provider> declaredProviders(SourceFile file) {
    Set<Catalog.Provider> own = providersIn(buildOf(file).stream());
    return own.isEmpty() ? everyBuildsProviders.get() : own;
  }

  /** The version of an SDK the file's build uses, if it says. */
  public Optional<String> versionOf(Catalog.Sdk sdk, SourceFile file) {
    return buildOf(file).flatMap(build ->
        Stream.concat(build.dependencies().stream(), build.managed().stream())
            .filter(d -> sdk.isModule(d.coordinates()) && d.version().isPresent())
            .map(d -> d.version().get())
            .max(Versions.ORDER));
  }

  private Set<Catalog.Provider> providersIn(Stream<BuildFile> buildFiles) {
    Set<Catalog.Provider> found = new LinkedHashSet<>();
    buildFiles.flatMap(b -> b.dependencies().stream()).forEach(d ->
        catalog.providers().stream().filter(p -> p.isModule(d.coordinates())).forEach(found::add));
    return found;
  }

  // ---- summaries -----------------------------------------------------------------------------------

  /**
   * The same files known only by their names and texts, without summaries: what a summary resolves
   * the names of its file with, so that no summary waits for another.
   */
  public ProjectModel namesOnly() {
    return namesOnly.get();
  }

  /** Records the summary of a file the engine has parsed anyway, so that no one parses it again. */
  public void register(SourceFile file, FileSummary summary) {
    // The file as analysed wins over any summary of an older copy (an editor's unsaved text).
    summaries.put(file.path(), CompletableFuture.completedFuture(Optional.of(summary)));
  }

  /** The summary of a file of the project: registered by its analysis, or made now. */
  public Optional<FileSummary> summaryOf(SourceFile file) {
    return summary(file);
  }

  private Optional<FileSummary> summary(SourceFile file) {
    CompletableFuture<Optional<FileSummary>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<FileSummary>> known = summaries.putIfAbsent(file.path(), mine);
    if (known != null) {
      return known.join();
    }
    try {
      mine.complete(summarizer.apply(file, namesOnly()));
    } catch (RuntimeException | StackOverflowError e) {
      mine.complete(Optional.empty()); // the file's own analysis reports why
    }
    return mine.join();
  }

  /** The summaries of the files whose text contains a word. */
  private Stream<FileSummary> summariesMentioning(String word) {
    return mentioning
        .computeIfAbsent(word, w -> files.stream().filter(f -> f.text().contains(w)).toList())
        .stream()
        .map(this::summary)
        .flatMap(Optional::stream);
  }

  // ---- the project's own client types -------------------------------------------------------------

  /**
   * Whether a file names a type of the project that holds a client, a model or an AI service: an AI
   * service interface, a class with a client field or a method returning one, or a subclass of one.
   */
  public boolean mentionsClientType(SourceFile file) {
    return clientTypeMention.get().map(p -> p.matcher(file.text()).find()).orElse(false);
  }

  private static final Pattern DECLARED_TYPE = Pattern.compile("\\b(?:class|interface|record|enum)\\s+(\\w+)");

  private Optional<Pattern> clientTypeMentionPattern() {
    Set<String> names = new HashSet<>();
    catalog.sdks().stream()
        .flatMap(s -> s.packages().stream())
        .distinct()
        .flatMap(this::summariesMentioning)
        .distinct()
        .flatMap(s -> s.types().stream())
        .filter(t -> t.aiService() != null
            || t.fields().stream().anyMatch(f -> f.value().sdk() != null)
            || t.methods().stream().anyMatch(m -> m.returns().sdk() != null))
        .forEach(t -> names.add(simpleName(t.name())));
    aiServiceFactoryNames()
        .flatMap(this::summariesMentioning)
        .flatMap(s -> s.aiServices().stream())
        .forEach(a -> names.add(simpleName(a.type())));
    if (names.isEmpty()) {
      return Optional.empty();
    }
    // Their subclasses, found by text, to a fixpoint: a demo that extends a base class holding a client.
    for (int round = 0; round < MAX_DEPTH; round++) {
      Pattern extending = Pattern.compile("\\b(?:extends|implements)\\b[^{;]*\\b(?:" + alternation(names) + ")\\b");
      Set<String> more = new HashSet<>();
      for (SourceFile file : files) {
        if (extending.matcher(file.text()).find()) {
          Matcher declared = DECLARED_TYPE.matcher(file.text());
          while (declared.find()) {
            more.add(declared.group(1));
          }
        }
      }
      if (!names.addAll(more)) {
        break;
      }
    }
    return Optional.of(Pattern.compile("\\b(?:" + alternation(names) + ")\\b"));
  }

  private static String alternation(Set<String> names) {
    return String.join("|", names.stream().sorted().map(Pattern::quote).toList());
  }

  // ---- types ---------------------------------------------------------------------------------------

  /** The project's declaration of a type, by qualified name. */
  public Optional<TypeSummary> type(String qualifiedName) {
    Optional<TypeSummary> known = types.get(qualifiedName);
    if (known != null) {
      return known;
    }
    Optional<TypeSummary> found = declaringFiles(qualifiedName)
        .map(this::summary)
        .flatMap(Optional::stream)
        .flatMap(s -> s.types().stream())
        .filter(t -> t.name().equals(qualifiedName))
        .findFirst();
    types.put(qualifiedName, found);
    return found;
  }

  /**
   * The files that may declare a type: named after it or after one of its enclosing types, as Java
   * asks of public types ({@code a.b.Outer.Inner} is in {@code Outer.java}).
   */
  private Stream<SourceFile> declaringFiles(String qualifiedName) {
    if (qualifiedName.startsWith("java.") || qualifiedName.startsWith("javax.")) {
      return Stream.empty();
    }
    Set<String> names = new HashSet<>();
    for (String part : qualifiedName.split("\\.", -1)) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        names.add(part + ".java");
      }
    }
    return names.stream().flatMap(n -> filesNamed().getOrDefault(n, List.of()).stream());
  }

  private Map<String, List<SourceFile>> filesNamed() {
    return filesByName.get();
  }

  /**
   * Whether a top-level type of this qualified name may be declared in the project, told from the text
   * of the file its name gives, without parsing it: how a name from an on-demand import is resolved.
   */
  public boolean declaresTopLevelType(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    List<SourceFile> named = filesNamed().getOrDefault(qualifiedName.substring(dot + 1) + ".java", List.of());
    if (named.isEmpty()) {
      return false;
    }
    Pattern packageLine = Pattern.compile(
        "(?m)^\\s*package\\s+" + Pattern.quote(qualifiedName.substring(0, dot)) + "\\s*;");
    return named.stream().anyMatch(f -> packageLine.matcher(f.text()).find());
  }

  /** The type and its supertypes that the project declares, nearest first. */
  public List<TypeSummary> hierarchy(String qualifiedName) {
    List<TypeSummary> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(qualifiedName));
    while (!next.isEmpty() && found.size() < MAX_DEPTH) {
      String name = next.poll();
      if (seen.add(name)) {
        type(name).ifPresent(t -> {
          found.add(t);
          next.addAll(t.supertypes());
        });
      }
    }
    return found;
  }

  /** Whether {@code sub} is {@code sup} or extends or implements it, as far as the project shows. */
  public boolean isSubtype(String sub, String sup) {
    return sub.equals(sup)
        || hierarchy(sub).stream().anyMatch(t -> t.supertypes().contains(sup) || t.name().equals(sup));
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
   * Where the model of an AI service interface comes from, when the project makes one: an interface a
   * framework implements ({@code @AiService}), or one built with {@code AiServices} somewhere.
   */
  public Optional<ValueSummary> aiService(String interfaceType) {
    String simple = simpleName(interfaceType);
    boolean maybe = declaringFiles(interfaceType).anyMatch(f -> f.text().contains("interface " + simple));
    if (!maybe) {
      return Optional.empty();
    }
    Optional<TypeSummary> declared = type(interfaceType).filter(t -> t.isInterface() && t.aiService() != null);
    if (declared.isPresent()) { // made by the framework over the model it is configured with
      return Optional.of(new ValueSummary(declared.get().aiService(), true, List.of(), List.of(Unseen.UNKNOWN)));
    }
    return aiServiceFactoryNames()
        .flatMap(this::summariesMentioning)
        .filter(s -> s.aiServices().stream().anyMatch(a -> a.type().equals(interfaceType)))
        .flatMap(s -> s.aiServices().stream())
        .filter(a -> a.type().equals(interfaceType))
        .map(FileSummary.AiServiceBuilt::model)
        .findFirst();
  }

  private Stream<String> aiServiceFactoryNames() {
    return catalog.sdks().stream()
        .filter(s -> s.networkCalls() != null)
        .flatMap(s -> s.networkCalls().aiServiceFactories().stream())
        .map(f -> f.substring(f.lastIndexOf('.') + 1))
        .distinct();
  }

  // ---- where values come from --------------------------------------------------------------------

  /** The providers the unseen parts of a value's origins resolve to, and whether some stay unknown. */
  public record Resolution(Set<Catalog.Provider> providers, boolean unknown) {}

  public Resolution resolve(Collection<Unseen> parts) {
    Set<Catalog.Provider> providers = new LinkedHashSet<>();
    boolean unknown = resolve(parts, providers, new HashSet<>(), 0);
    return new Resolution(providers, unknown);
  }

  /** Adds what the parts resolve to; true when some part stays unknown. */
  private boolean resolve(Collection<Unseen> parts, Set<Catalog.Provider> into, Set<Unseen> seen, int depth) {
    boolean unknown = false;
    for (Unseen part : parts) {
      if (!seen.add(part)) {
        continue;
      }
      List<ValueSummary> values = depth > MAX_DEPTH ? List.of() : switch (part.kind()) {
        case FIELD -> field(part.type(), part.name())
            .map(f -> valueOrAiService(f.value(), f.type())).stream().flatMap(Optional::stream).toList();
        case RESULT -> methods(part.type(), part.name()).stream()
            .map(m -> valueOrAiService(m.returns(), m.returnType())).flatMap(Optional::stream).limit(1).toList();
        case INJECTED -> injected(part.type());
        case UNKNOWN -> List.of();
      };
      if (values.isEmpty()) {
        unknown = true;
      }
      for (ValueSummary value : values) {
        value.providers().forEach(id -> into.add(catalog.provider(id)));
        unknown |= resolve(value.unseen(), into, seen, depth + 1);
      }
    }
    return unknown;
  }

  /** A value the file shows, or else the model of the AI service its type is. */
  private Optional<ValueSummary> valueOrAiService(ValueSummary value, String type) {
    return value.sdk() != null ? Optional.of(value) : aiService(type);
  }

  /** A value the container injects: the project's beans of that type, or the AI service it is. */
  private List<ValueSummary> injected(String type) {
    List<ValueSummary> beans = beans(type);
    return beans.isEmpty() ? aiService(type).stream().toList() : beans;
  }

  /** What the project's bean factories of an injectable type return. */
  private List<ValueSummary> beans(String wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    return catalog.frameworks().beanAnnotations().stream()
        .map(a -> "@" + a.substring(a.lastIndexOf('.') + 1))
        .distinct()
        .flatMap(this::summariesMentioning)
        .distinct()
        .flatMap(s -> s.types().stream())
        .flatMap(t -> t.methods().stream())
        .filter(m -> m.annotations().stream().anyMatch(catalog.frameworks().beanAnnotations()::contains)
            && m.returns().sdk() != null
            && Injection.injectable(m.returnType(), wanted))
        .map(MethodSummary::returns)
        .toList();
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  // ---- who handles a failure ---------------------------------------------------------------------

  /** A call of a method, where it is written. */
  public record Caller(FileSummary file, TypeSummary type, MethodSummary method, CallSite site) {}

  /** The calls, anywhere in the project, that may run this method of this type. */
  public List<Caller> callersOf(String owner, MethodSummary method) {
    if (method.name().equals("<init>")) {
      return List.of();
    }
    List<Caller> callers = new ArrayList<>();
    summariesMentioning(method.name()).forEach(file -> {
      for (TypeSummary type : file.types()) {
        for (MethodSummary caller : type.methods()) {
          for (CallSite site : caller.calls()) {
            if (site.name().equals(method.name())
                && (site.arity() == method.arity() || site.arity() < 0)
                && runs(site, type.name(), owner)) {
              callers.add(new Caller(file, type, caller, site));
            }
          }
        }
      }
    });
    return callers;
  }

  /** Whether a call written in {@code callerType} may run a method of {@code owner}. */
  private boolean runs(CallSite site, String callerType, String owner) {
    String receiver = site.receiverType();
    if (receiver == null) {
      return false;
    }
    if (receiver.isEmpty()) {
      return callerType.equals(owner) || callerType.startsWith(owner + ".") || isSubtype(callerType, owner);
    }
    return receiver.equals(owner) || isSubtype(owner, receiver) || isSubtype(receiver, owner);
  }

  /**
   * The exception types that stop a failure: caught ({@code caught}, with supertypes and catch-alls),
   * or declared in {@code throws} to pass it on deliberately ({@code declared}).
   */
  public record FailureTypes(Set<String> caught, Set<String> declared) {}

  /** Where a failure leaving a method ends up. */
  private enum Outcome {
    HANDLED,
    UNHANDLED,
    /** Only at methods no one calls and nothing invokes: code that does not run, if the rest decides. */
    UNREACHED
  }

  /**
   * Whether a failure leaving this method is handled further on: every caller in the project catches
   * it or passes it on handled, or, where no one in the project calls it, it leaves a request handler
   * that an exception handler covers. A method no one calls that serves no request (a main method, a
   * scheduled job, a library's public API) leaves it unhandled; a path that ends at a plain method no
   * one calls (an unused overload) does not count against the callers that handle it.
   */
  public boolean handledAfter(String owner, MethodSummary method, FailureTypes types) {
    return handledAfter(owner, method, types, new HashSet<>(), 0) == Outcome.HANDLED;
  }

  private Outcome handledAfter(
      String owner, MethodSummary method, FailureTypes types, Set<String> visiting, int depth) {
    String key = owner + "#" + method.name() + "/" + method.arity() + "|" + types.hashCode();
    Outcome known = handled.get(key);
    if (known != null) {
      return known;
    }
    if (!visiting.add(key) || depth > MAX_DEPTH) {
      return Outcome.HANDLED; // round a cycle: the callers from outside it decide
    }
    Outcome result;
    if (method.throwsTypes().stream().anyMatch(types.declared()::contains)
        || method.annotations().stream().anyMatch(catalog.frameworks().toolAnnotations()::contains)) {
      result = Outcome.HANDLED;
    } else {
      List<Caller> callers = callersOf(owner, method);
      if (callers.isEmpty()) {
        result = isRequestHandler(method) ? (handlerCovers(owner, types) ? Outcome.HANDLED : Outcome.UNHANDLED)
            // main, an annotated method (a scheduled job, an override the framework calls): entry points
            : method.name().equals("main") || !method.annotations().isEmpty() ? Outcome.UNHANDLED
            : Outcome.UNREACHED;
      } else {
        List<Outcome> outcomes = callers.stream()
            .map(c -> c.site().deferred() ? Outcome.UNHANDLED
                : c.site().caught().stream().anyMatch(types.caught()::contains) ? Outcome.HANDLED
                : handledAfter(c.type().name(), c.method(), types, visiting, depth + 1))
            .toList();
        result = outcomes.contains(Outcome.UNHANDLED) ? Outcome.UNHANDLED
            : outcomes.contains(Outcome.HANDLED) ? Outcome.HANDLED
            : Outcome.UNREACHED;
      }
    }
    visiting.remove(key);
    handled.putIfAbsent(key, result);
    return result;
  }

  public boolean isRequestHandler(MethodSummary method) {
    return method.annotations().stream()
        .anyMatch(catalog.frameworks().requestHandlerAnnotations()::contains);
  }

  /**
   * Whether a failure leaving a request handler of {@code owner} reaches an exception handler for one
   * of the types: one of the handler's own class, or of an advice or exception mapper of the project.
   */
  public boolean handlerCovers(String owner, FailureTypes types) {
    Stream<TypeSummary> own = type(owner).stream();
    Stream<TypeSummary> advice = Stream.concat(
            catalog.frameworks().adviceAnnotations().stream(),
            catalog.frameworks().exceptionMappers().stream())
        .map(ProjectModel::simpleName)
        .distinct()
        .flatMap(this::summariesMentioning)
        .distinct()
        .flatMap(s -> s.types().stream())
        .filter(t -> t.annotations().stream().anyMatch(catalog.frameworks().adviceAnnotations()::contains)
            || t.supertypes().stream().anyMatch(catalog.frameworks().exceptionMappers()::contains));
    return Stream.concat(own, advice)
        .flatMap(t -> t.methods().stream())
        .flatMap(m -> m.handles().stream())
        .anyMatch(types.caught()::contains);
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    Map<Boolean, T> value = new ConcurrentHashMap<>();
    return () -> value.computeIfAbsent(Boolean.TRUE, k -> supplier.get());
  }


}
