package dev.authlint.core.project;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.FileSummary.CallSite;
import dev.authlint.core.project.FileSummary.MethodSummary;
import dev.authlint.core.project.FileSummary.TypeSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Who in the project calls a method, and whether a failure leaving it is handled further on: by a
 * caller's catch, by a declaration in {@code throws}, or, where a request ends, by an exception
 * handler.
 */
public final class FailurePaths {
  /** How far a chain of callers is followed. */
  private static final int MAX_DEPTH = 16;

  private final ProjectModel model;
  private final Catalog catalog;
  private final Map<String, ProjectModel.Recorded<Outcome>> handled = new ConcurrentHashMap<>();
  private final Map<String, ProjectModel.Recorded<Set<String>>> families =
      new ConcurrentHashMap<>();

  FailurePaths(ProjectModel model) {
    this.model = model;
    this.catalog = model.catalog();
  }

  /**
   * The simple names a call that may run a method of {@code owner} is written with in its file:
   * those of the type, of its supertypes and of the project's subtypes of it. A file that names
   * none of them cannot call the method, and need not be summarised to know it.
   */
  private Set<String> familyNames(String owner) {
    return model.remembered(
        families,
        owner,
        () -> {
          Set<String> names = new LinkedHashSet<>(List.of(ProjectModel.simpleName(owner)));
          for (TypeSummary type : model.hierarchy(owner)) {
            names.add(ProjectModel.simpleName(type.name()));
            type.supertypes().forEach(s -> names.add(ProjectModel.simpleName(s)));
          }
          // Subtypes: a class names its direct supertype where it declares it.
          Deque<String> next = new ArrayDeque<>(List.of(ProjectModel.simpleName(owner)));
          for (int round = 0; !next.isEmpty() && round < MAX_DEPTH; round++) {
            model
                .summariesExtending(next.poll())
                .flatMap(s -> s.types().stream())
                .filter(
                    t ->
                        !names.contains(ProjectModel.simpleName(t.name()))
                            && model.isSubtype(t.name(), owner))
                .forEach(
                    t -> {
                      names.add(ProjectModel.simpleName(t.name()));
                      next.add(ProjectModel.simpleName(t.name()));
                    });
          }
          return Set.copyOf(names);
        });
  }

  /** A call of a method, where it is written. */
  public record Caller(FileSummary file, TypeSummary type, MethodSummary method, CallSite site) {}

  /** The calls, anywhere in the project, that may run this method of this type. */
  public List<Caller> callersOf(String owner, MethodSummary method) {
    if (method.name().equals("<init>")) {
      return List.of();
    }
    List<Caller> callers = new ArrayList<>();
    model
        .summariesMentioning(method.name(), familyNames(owner))
        .forEach(
            file -> {
              for (TypeSummary type : file.types()) {
                for (MethodSummary caller : type.methods()) {
                  for (CallSite site : caller.calls()) {
                    if (site.name().equals(method.name())
                        && (site.arity() == method.arity() || site.arity() < 0)
                        && runs(site, file, type.name(), owner)) {
                      callers.add(new Caller(file, type, caller, site));
                    }
                  }
                }
              }
            });
    return callers;
  }

  /** Whether a call written in {@code callerType} may run a method of {@code owner}. */
  private boolean runs(CallSite site, FileSummary file, String callerType, String owner) {
    String written = site.receiverType();
    if (written == null) {
      return false;
    }
    if (written.isEmpty()) {
      return callerType.equals(owner)
          || callerType.startsWith(owner + ".")
          || model.isSubtype(callerType, owner);
    }
    String receiver = receiverType(written, file);
    return receiver.equals(owner)
        || model.isSubtype(owner, receiver)
        || model.isSubtype(receiver, owner);
  }

  /**
   * A type name its file alone resolved: a name the file's own package does not declare, but a
   * package it imports on demand does ({@code import app.service.*;}), is that package's type.
   */
  private String receiverType(String resolved, FileSummary file) {
    if (file.onDemandImports().isEmpty() || model.type(resolved).isPresent()) {
      return resolved;
    }
    String simple = ProjectModel.simpleName(resolved);
    return file.onDemandImports().stream()
        .map(p -> p + "." + simple)
        .filter(t -> model.type(t).isPresent())
        .findFirst()
        .orElse(resolved);
  }

  /**
   * The exception types that stop a failure: caught ({@code caught}, with supertypes and
   * catch-alls), or declared in {@code throws} to pass it on deliberately ({@code declared}).
   */
  public record FailureTypes(Set<String> caught, Set<String> declared) {}

  /** Where a failure leaving a method ends up. */
  private enum Outcome {
    HANDLED,
    UNHANDLED,
    /** Only at overloads no one calls: code that does not run, if the other paths decide. */
    UNREACHED
  }

  /**
   * Whether a failure leaving this method is handled further on: every caller in the project
   * catches it or passes it on handled, or, where no one in the project calls it, it leaves a
   * request handler that an exception handler covers. A method no one calls that serves no request
   * (a main method, a scheduled job, a library's public API) leaves it unhandled; a path that ends
   * at an overload no one calls, passing the call on to its namesake, does not count against the
   * callers that handle it.
   */
  public boolean handledAfter(String owner, MethodSummary method, FailureTypes types) {
    return handledAfter(owner, method, types, "", new HashSet<>(), 0) == Outcome.HANDLED;
  }

  /** {@code callee}: the name of the method this one was reached from, as its caller. */
  private Outcome handledAfter(
      String owner,
      MethodSummary method,
      FailureTypes types,
      String callee,
      Set<String> visiting,
      int depth) {
    boolean overload = method.name().equals(callee);
    String key =
        owner
            + "#"
            + method.name()
            + "/"
            + method.arity()
            + "|"
            + types.hashCode()
            + "|"
            + overload;
    if (!handled.containsKey(key) && (visiting.contains(key) || depth > MAX_DEPTH)) {
      return Outcome.HANDLED; // round a cycle: the callers from outside it decide
    }
    visiting.add(key);
    try {
      return model.remembered(
          handled, key, () -> decide(owner, method, types, overload, visiting, depth));
    } finally {
      visiting.remove(key);
    }
  }

  private Outcome decide(
      String owner,
      MethodSummary method,
      FailureTypes types,
      boolean overload,
      Set<String> visiting,
      int depth) {
    if (method.throwsTypes().stream().anyMatch(types.declared()::contains)
        || method.annotations().stream()
            .anyMatch(catalog.frameworks().toolAnnotations()::contains)) {
      return Outcome.HANDLED;
    }
    List<Caller> callers = callersOf(owner, method);
    if (callers.isEmpty()) {
      if (isRequestHandler(method)) {
        return handlerCovers(owner, types) ? Outcome.HANDLED : Outcome.UNHANDLED;
      }
      // An unused overload does not run; any other method no one calls is an entry point.
      return overload && method.annotations().isEmpty() ? Outcome.UNREACHED : Outcome.UNHANDLED;
    }
    List<Outcome> outcomes =
        callers.stream()
            .map(
                c ->
                    c.site().deferred()
                        ? Outcome.UNHANDLED
                        : c.site().caught().stream().anyMatch(types.caught()::contains)
                            ? Outcome.HANDLED
                            : handledAfter(
                                c.type().name(),
                                c.method(),
                                types,
                                method.name(),
                                visiting,
                                depth + 1))
            .toList();
    return outcomes.contains(Outcome.UNHANDLED)
        ? Outcome.UNHANDLED
        : outcomes.contains(Outcome.HANDLED) ? Outcome.HANDLED : Outcome.UNREACHED;
  }

  public boolean isRequestHandler(MethodSummary method) {
    return method.annotations().stream()
        .anyMatch(catalog.frameworks().requestHandlerAnnotations()::contains);
  }

  /**
   * Whether a failure leaving a request handler of {@code owner} reaches an exception handler for
   * one of the types: one of the handler's own class, or of an advice or exception mapper of the
   * project.
   */
  public boolean handlerCovers(String owner, FailureTypes types) {
    Stream<TypeSummary> own = model.type(owner).stream();
    Stream<TypeSummary> advice =
        Stream.concat(
                catalog.frameworks().adviceAnnotations().stream(),
                catalog.frameworks().exceptionMappers().stream())
            .map(ProjectModel::simpleName)
            .distinct()
            .flatMap(model::summariesMentioning)
            .distinct()
            .flatMap(s -> s.types().stream())
            .filter(
                t ->
                    t.annotations().stream()
                            .anyMatch(catalog.frameworks().adviceAnnotations()::contains)
                        || t.supertypes().stream()
                            .anyMatch(catalog.frameworks().exceptionMappers()::contains));
    return Stream.concat(own, advice)
        .flatMap(t -> t.methods().stream())
        .flatMap(m -> m.handles().stream())
        .anyMatch(types.caught()::contains);
  }
}
