package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.catalog.Frameworks;
import dev.authlint.core.java.AuthFailure;
import dev.authlint.core.java.HandlerFlow;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.SdkCalls;
import dev.authlint.core.project.FailurePaths;
import dev.authlint.core.project.FileSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether something handles the authentication failure of one SDK's calls in one file
 * (UnhandledAuthError).
 */
final class AuthFailureHandling {
  /** How far a future is followed through local variables. */
  private static final int MAX_FOLLOW = 4;

  private final Catalog catalog;
  private final Frameworks.Async async;
  private final JavaUnit unit;

  /** Types a {@code throws} clause may name to pass the failure on. */
  private final Set<String> sdkTypes;

  /** Types a catch may name. */
  private final Set<String> catchTypes;

  /** What is known of helpers, so that helpers calling helpers are judged once. */
  private final Map<HelperKey, Boolean> helpers = new HashMap<>();

  AuthFailureHandling(Catalog catalog, JavaUnit unit, AuthFailure failure) {
    this.catalog = catalog;
    this.async = catalog.frameworks().async();
    this.unit = unit;
    this.sdkTypes = failure.sdkTypes();
    this.catchTypes = failure.catchTypes();
  }

  boolean handles(SdkCalls.NetworkCall call) {
    return call.async()
        ? futureHandled(call.call(), 0)
        : covered(call.call(), catchTypes, identitySet());
  }

  /** Whether the failure of the future (or reactive type) an expression yields is handled. */
  private boolean futureHandled(Expression future, int followed) {
    Expression top = future;
    while (top.getParentNode().orElse(null) instanceof MethodCallExpr next
        && next.getScope().orElse(null) == top) {
      String name = next.getNameAsString();
      if (async.errorHandlers().contains(name) || isSubscriberWithErrorCallback(next)) {
        return true;
      }
      if (async.blocking().contains(name)) {
        return covered(next, union(catchTypes, Set.copyOf(async.wrappers())), identitySet());
      }
      top = next;
    }
    Node context = top.getParentNode().orElse(null);
    // An expression lambda's body is a statement too, but its value is returned.
    if (context instanceof ExpressionStmt statement
        && !(statement.getParentNode().orElse(null) instanceof LambdaExpr)) {
      return false; // fired and forgotten: the failure is lost
    }
    Optional<VariableDeclarator> local = localHolding(top);
    if (local.isPresent()) {
      return followed < MAX_FOLLOW
          && usesOf(local.get()).stream().anyMatch(use -> futureHandled(use, followed + 1));
    }
    Node function = returnedFrom(top);
    if (function instanceof LambdaExpr lambda
        && lambda.getParentNode().orElse(null) instanceof MethodCallExpr composing
        && composing.getArguments().stream().anyMatch(a -> a == lambda)) {
      // thenCompose(x -> call()): the failure goes on in the future thenCompose returns
      return followed >= MAX_FOLLOW || futureHandled(composing, followed + 1);
    }
    if (function instanceof MethodDeclaration method && followed < MAX_FOLLOW) {
      List<Expression> callers = callersOf(method);
      return callers.stream()
          .allMatch(c -> !(c instanceof MethodCallExpr call) || futureHandled(call, followed + 1));
    }
    return true; // passed on: whoever receives the future handles it
  }

  /** The lambda or method whose result an expression is, if it is returned. */
  private static Node returnedFrom(Expression value) {
    Node parent = value.getParentNode().orElse(null);
    if (parent instanceof ExpressionStmt statement
        && statement.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
      return lambda;
    }
    if (parent instanceof LambdaExpr lambda) {
      return lambda;
    }
    if (!(parent instanceof ReturnStmt)) {
      return null;
    }
    for (Node n = parent.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr || n instanceof MethodDeclaration) {
        return n;
      }
      if (n instanceof TypeDeclaration<?>) {
        return null;
      }
    }
    return null;
  }

  private boolean isSubscriberWithErrorCallback(MethodCallExpr call) {
    if (!call.getNameAsString().equals("subscribe")) {
      return false;
    }
    // subscribe(onNext, onError) or subscribe(new Handler() { onComplete(error) })
    return (call.getArguments().size() >= 2
            && (call.getArgument(1) instanceof LambdaExpr
                || call.getArgument(1) instanceof MethodReferenceExpr))
        || call.getArguments().stream()
            .anyMatch(
                a ->
                    a instanceof ObjectCreationExpr o
                        && o.getAnonymousClassBody().stream()
                            .flatMap(List::stream)
                            .anyMatch(
                                m ->
                                    m instanceof MethodDeclaration md
                                        && async.errorCallbacks().contains(md.getNameAsString())));
  }

  private Optional<VariableDeclarator> localHolding(Expression value) {
    Node parent = value.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator v
        && v.getParentNode().filter(VariableDeclarationExpr.class::isInstance).isPresent()) {
      return Optional.of(v);
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == value) {
      return unit.declarationOfVariable(assign.getTarget())
          .map(JavaUnit.Declaration::node)
          .filter(VariableDeclarator.class::isInstance)
          .map(VariableDeclarator.class::cast)
          .filter(
              v -> v.getParentNode().filter(VariableDeclarationExpr.class::isInstance).isPresent());
    }
    return Optional.empty();
  }

  /** The reads of a local variable (not the assignments to it). */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private List<NameExpr> usesOf(VariableDeclarator variable) {
    Node scope =
        variable.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(unit.cu());
    return scope
        .findAll(NameExpr.class, n -> n.getNameAsString().equals(variable.getNameAsString()))
        .stream()
        .filter(
            n -> !(n.getParentNode().orElse(null) instanceof AssignExpr a && a.getTarget() == n))
        .filter(n -> unit.declarationOf(n).map(d -> d.node() == variable).orElse(false))
        .toList();
  }

  /**
   * Whether what {@code point} throws reaches a catch of one of {@code types}, or leaves through a
   * {@code throws} clause naming an SDK type, or leaves a helper whose callers all handle it.
   */
  private boolean covered(Node point, Set<String> types, Set<MethodDeclaration> visiting) {
    Node child = point;
    for (Node node = point.getParentNode().orElse(null);
        node != null;
        child = node, node = node.getParentNode().orElse(null)) {
      if (node instanceof TryStmt tryStmt
          && inTryPart(tryStmt, child)
          && catchesAny(tryStmt, types)) {
        return true;
      }
      if (node instanceof LambdaExpr lambda) {
        Optional<Boolean> handedOff = handOff(lambda, types);
        if (handedOff.isPresent()) {
          return handedOff.get();
        }
      }
      if (node instanceof CallableDeclaration<?> callable) {
        return leavesHandled(callable, types, visiting);
      }
      if (node instanceof TypeDeclaration<?>
          || node instanceof FieldDeclaration
          || node instanceof InitializerDeclaration) {
        return false;
      }
    }
    return false;
  }

  /** A catch or finally block is not covered by its own try; the resources are. */
  private static boolean inTryPart(TryStmt tryStmt, Node child) {
    return child == tryStmt.getTryBlock()
        || tryStmt.getResources().stream().anyMatch(r -> r == child);
  }

  /**
   * Whether the try's first catch that receives the failure keeps it: one that throws it on for a
   * 401 ({@code else throw e;}) passes it to the code around.
   */
  private boolean catchesAny(TryStmt tryStmt, Set<String> types) {
    return tryStmt.getCatchClauses().stream()
        .filter(c -> caughtTypes(c.getParameter().getType()).anyMatch(types::contains))
        .findFirst()
        .filter(
            c ->
                !new HandlerFlow(unit, types::contains)
                    .mayRethrow(c.getBody(), c.getParameter().getNameAsString()))
        .isPresent();
  }

  private Stream<String> caughtTypes(Type type) {
    return type instanceof UnionType union
        ? union.getElements().stream().map(unit::resolve)
        : Stream.of(unit.resolve(type));
  }

  /**
   * A lambda or method reference given to a method: empty when it runs during that call (the code
   * around the call covers it); else whether a handler on what the method returns sees the failure.
   */
  private Optional<Boolean> handOff(Expression function, Set<String> types) {
    Node parent = function.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr method
        && method.getArguments().stream().anyMatch(a -> a == function)) {
      return async.deferring().contains(method.getNameAsString())
          ? Optional.of(futureHandled(method, 0))
          : Optional.empty();
    }
    if (parent instanceof VariableDeclarator variable && !variable.getType().isVarType()) {
      return Optional.of(implementationHandled(unit.resolve(variable.getType()), function, types));
    }
    return Optional.of(false); // stored or returned: nothing here sees when it runs
  }

  /**
   * A lambda stored as an implementation of one of the project's own interfaces ({@code
   * MessageService service = params -> client.messages().create(params)}) runs where the
   * interface's method is called: handled when every call of it in the project handles the failure.
   */
  private boolean implementationHandled(String iface, Expression function, Set<String> types) {
    int arity = function instanceof LambdaExpr lambda ? lambda.getParameters().size() : -1;
    List<FileSummary.MethodSummary> methods =
        unit.project()
            .type(iface)
            .filter(FileSummary.TypeSummary::isInterface)
            .map(t -> t.methods().stream().filter(m -> arity < 0 || m.arity() == arity).toList())
            .orElse(List.of());
    if (methods.size() != 1) {
      return false; // not a functional interface of the project's
    }
    FailurePaths.FailureTypes failure = new FailurePaths.FailureTypes(types, sdkTypes);
    List<FailurePaths.Caller> callers =
        unit.project().failurePaths().callersOf(iface, methods.get(0));
    return !callers.isEmpty() && callers.stream().allMatch(c -> handledBy(c, types, failure));
  }

  /** Whether a caller in another file catches the failure or passes it on to code that does. */
  private boolean handledBy(
      FailurePaths.Caller c, Set<String> types, FailurePaths.FailureTypes failure) {
    return !c.site().deferred()
        && (c.site().caught().stream().anyMatch(types::contains)
            || unit.project().failurePaths().handledAfter(c.type().name(), c.method(), failure));
  }

  private boolean leavesHandled(
      CallableDeclaration<?> callable, Set<String> types, Set<MethodDeclaration> visiting) {
    if (callable.getThrownExceptions().stream().map(unit::resolve).anyMatch(sdkTypes::contains)
        || recoveredByRetryLibrary(callable, types)
        || isTool(callable)) {
      return true;
    }
    if (!(callable instanceof MethodDeclaration method)) {
      return false; // constructors and initialisers: run by whoever makes the object
    }
    HelperKey key = new HelperKey(method, types);
    Boolean known = helpers.get(key);
    if (known != null) {
      return known;
    }
    if (!visiting.add(method)) {
      return true; // a recursive call: the outside callers decide
    }
    boolean handled = callersHandle(method, types, visiting);
    visiting.remove(method);
    helpers.put(key, handled);
    return handled;
  }

  /**
   * A method is judged by its callers, public or not: those of this file as written, those of the
   * project's other files as their summaries say. A method no one in the project calls is an entry
   * point: a request handler is covered by an exception handler of its class or an advice; anything
   * else (a main method, a scheduled job, a library's public API) leaves the failure unhandled.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private boolean callersHandle(
      MethodDeclaration method, Set<String> types, Set<MethodDeclaration> visiting) {
    Optional<String> owner =
        method
            .findAncestor(TypeDeclaration.class)
            .flatMap(type -> ((TypeDeclaration<?>) type).getFullyQualifiedName());
    Optional<FileSummary.MethodSummary> summary = owner.flatMap(o -> summaryOf(o, method));
    FailurePaths.FailureTypes failure = new FailurePaths.FailureTypes(types, sdkTypes);
    List<FailurePaths.Caller> elsewhere =
        summary.isEmpty()
            ? List.of()
            : unit.project().failurePaths().callersOf(owner.get(), summary.get()).stream()
                .filter(c -> !c.file().path().equals(unit.file().path()))
                .toList();
    List<Expression> here = callersOf(method);
    if (here.isEmpty() && elsewhere.isEmpty()) {
      return summary.isPresent()
          && unit.project().failurePaths().isRequestHandler(summary.get())
          && unit.project().failurePaths().handlerCovers(owner.get(), failure);
    }
    return here.stream().allMatch(c -> callerHandles(c, types, visiting))
        && elsewhere.stream().allMatch(c -> handledBy(c, types, failure));
  }

  private Optional<FileSummary.MethodSummary> summaryOf(String owner, MethodDeclaration method) {
    return unit.project().summaryOf(unit.file()).stream()
        .flatMap(s -> s.types().stream())
        .filter(t -> t.name().equals(owner))
        .flatMap(t -> t.methods().stream())
        .filter(
            m ->
                m.name().equals(method.getNameAsString())
                    && m.arity() == method.getParameters().size())
        .findFirst();
  }

  /**
   * A retry library's method (Spring Retry's {@code @Retryable}) whose class has a recover method
   * for the failure (same return type, the exception, then the first arguments): the recoverer
   * receives what is not retried, the 401 included.
   */
  private boolean recoveredByRetryLibrary(CallableDeclaration<?> callable, Set<String> types) {
    if (!(callable instanceof MethodDeclaration method)
        || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) {
      return false;
    }
    return catalog.retryLibraries().stream()
        .filter(library -> library.starts().stream().anyMatch(a -> hasAnnotation(method, a)))
        .anyMatch(
            library ->
                type.getMethods().stream()
                    .filter(
                        r ->
                            library.recoverAnnotations().stream().anyMatch(a -> hasAnnotation(r, a))
                                && recovers(r, method))
                    .anyMatch(r -> types.contains(unit.resolve(r.getParameter(0).getType()))));
  }

  private static boolean recovers(MethodDeclaration recoverer, MethodDeclaration method) {
    int arguments = recoverer.getParameters().size() - 1;
    if (arguments < 0
        || arguments > method.getParameters().size()
        || !recoverer.getType().equals(method.getType())) {
      return false;
    }
    for (int i = 0; i < arguments; i++) {
      if (!recoverer.getParameter(i + 1).getType().equals(method.getParameter(i).getType())) {
        return false;
      }
    }
    return true;
  }

  /** A tool of an AI service: the framework hands what it throws back to the model. */
  private boolean isTool(CallableDeclaration<?> callable) {
    return catalog.frameworks().toolAnnotations().stream()
        .anyMatch(a -> hasAnnotation(callable, a));
  }

  private boolean hasAnnotation(CallableDeclaration<?> callable, String qualifiedName) {
    return callable.getAnnotations().stream()
        .anyMatch(a -> unit.typeNames().resolve(a.getNameAsString()).equals(qualifiedName));
  }

  private List<Expression> callersOf(MethodDeclaration method) {
    String name = method.getNameAsString();
    int arity = method.getParameters().size();
    boolean varArgs = method.getParameters().stream().anyMatch(p -> p.isVarArgs());
    List<Expression> callers = new ArrayList<>();
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      if (call.getNameAsString().equals(name)
          && (call.getArguments().size() == arity || varArgs)
          && call.getScope().map(s -> s instanceof ThisExpr || isTypeName(s)).orElse(true)) {
        callers.add(call);
      }
    }
    for (MethodReferenceExpr reference : unit.cu().findAll(MethodReferenceExpr.class)) {
      if (reference.getIdentifier().equals(name)
          && (reference.getScope() instanceof ThisExpr
              || reference.getScope() instanceof TypeExpr)) {
        callers.add(reference);
      }
    }
    return callers;
  }

  /** A scope that names a type (a static call), not a variable holding some other object. */
  private boolean isTypeName(Expression scope) {
    return scope instanceof NameExpr && unit.declarationOfVariable(scope).isEmpty();
  }

  private boolean callerHandles(
      Expression caller, Set<String> types, Set<MethodDeclaration> visiting) {
    if (caller instanceof MethodReferenceExpr reference) {
      Optional<Boolean> handedOff = handOff(reference, types);
      if (handedOff.isPresent()) {
        return handedOff.get();
      }
    }
    return covered(caller, types, visiting);
  }

  /**
   * JavaParser nodes are equal when their text is: methods in the recursion guard go by identity.
   */
  private static Set<MethodDeclaration> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private record HelperKey(MethodDeclaration method, Set<String> types) {
    @Override
    public boolean equals(Object o) {
      return o instanceof HelperKey k && k.method == method && k.types.equals(types);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(method) * 31 + types.hashCode();
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.addAll(b);
    return both;
  }
}
