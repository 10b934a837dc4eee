package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.authlint.core.FileReport;
import dev.authlint.core.Rule;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.java.AuthFailure;
import dev.authlint.core.java.HandlerFlow;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.SdkCalls;
import dev.authlint.core.project.FileSummary;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of RetriesAuthError's analysis of one file, shared by its concerns (loops, recursion,
 * retry-library policies): which SDK a piece of code sends a request to, how a catch of that SDK's
 * failure behaves for a 401, and where a finding was already reported.
 */
final class RetryAnalysis {
  final Rule rule;
  final JavaUnit unit;
  final Catalog catalog;
  final FileReport report;
  // JavaParser nodes are equal when their text is: these are keyed by identity.
  private final IdentityHashMap<MethodDeclaration, Optional<Catalog.Sdk>> sdkOfMethod =
      new IdentityHashMap<>();
  private final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Catalog.Sdk, AuthFailure> failures = new HashMap<>();
  private final Map<Catalog.Sdk, HandlerFlow> flows = new HashMap<>();
  private final SdkCalls sdkCalls;

  RetryAnalysis(Rule rule, JavaUnit unit, FileReport report) {
    this.rule = rule;
    this.unit = unit;
    this.catalog = unit.catalog();
    this.report = report;
    this.sdkCalls = SdkCalls.in(unit);
  }

  /** Whether this is the first finding at a node (a loop, call or policy is reported once). */
  boolean firstFindingAt(Node node) {
    return reported.add(node);
  }

  boolean hasFindingAt(Node node) {
    return reported.contains(node);
  }

  /** The SDK a call sends a request to, as the shared recogniser of network calls sees it. */
  Optional<Catalog.Sdk> sdkRequest(MethodCallExpr call) {
    return sdkCalls.recognise(call).filter(sdkCalls::authenticates).map(SdkCalls.NetworkCall::sdk);
  }

  /** The SDK a piece of code sends a request to, directly or through methods of the same class. */
  Optional<Catalog.Sdk> sdkCalledIn(Node code) {
    for (MethodCallExpr call : code.findAll(MethodCallExpr.class)) {
      Optional<Catalog.Sdk> sdk = sdkRequest(call);
      if (sdk.isEmpty()) {
        sdk =
            sameClassMethods(call).stream()
                .map(this::sdkCalledBy)
                .flatMap(Optional::stream)
                .findFirst();
      }
      if (sdk.isEmpty()) {
        sdk =
            projectMethods(call).stream()
                .flatMap(m -> m.sends().stream())
                .findFirst()
                .flatMap(catalog::sdk);
      }
      if (sdk.isEmpty()) {
        sdk = clientHandedToAFunction(call);
      }
      if (sdk.isPresent()) {
        return sdk;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code request.apply(client)}: a function given the SDK's client, as retry helpers take the
   * request to repeat, sends a request with it.
   */
  private Optional<Catalog.Sdk> clientHandedToAFunction(MethodCallExpr call) {
    if (!call.getNameAsString().equals("apply")
        || call.getScope()
            .flatMap(unit::rootType)
            .filter(t -> t.startsWith("java.util.function."))
            .isEmpty()) {
      return Optional.empty();
    }
    return call.getArguments().stream()
        .map(sdkCalls::clientOf)
        .flatMap(Optional::stream)
        .map(SdkCalls.Client::sdk)
        .filter(sdk -> sdk.networkCalls() != null)
        .findFirst();
  }

  /** The methods of the project's other classes a call may run, as their summaries say. */
  List<FileSummary.MethodSummary> projectMethods(MethodCallExpr call) {
    Optional<String> owner =
        call.getScope().filter(s -> !(s instanceof ThisExpr)).flatMap(unit::rootType);
    return owner.stream()
        .filter(o -> catalog.sdkOwning(o).isEmpty())
        .flatMap(o -> unit.project().methods(o, call.getNameAsString()).stream())
        .filter(m -> m.arity() == call.getArguments().size())
        .toList();
  }

  Optional<Catalog.Sdk> sdkCalledBy(MethodDeclaration method) {
    if (sdkOfMethod.containsKey(method)) {
      return sdkOfMethod.get(method);
    }
    sdkOfMethod.put(method, Optional.empty()); // recursion ends here
    Optional<Catalog.Sdk> sdk = method.getBody().flatMap(this::sdkCalledIn);
    sdkOfMethod.put(method, sdk);
    return sdk;
  }

  /** The methods of the caller's class a call without a scope (or with {@code this}) may run. */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  List<MethodDeclaration> sameClassMethods(MethodCallExpr call) {
    if (call.getScope().filter(s -> !(s instanceof ThisExpr)).isPresent()) {
      return List.of();
    }
    return call.findAncestor(TypeDeclaration.class)
        .map(
            type ->
                ((TypeDeclaration<?>) type)
                    .getMethodsByName(call.getNameAsString()).stream()
                        .filter(m -> m.getParameters().size() == call.getArguments().size())
                        .toList())
        .orElse(List.of());
  }

  /** The summaries of the methods a call may run: of this class, or of the project's others. */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  List<FileSummary.MethodSummary> helperSummaries(MethodCallExpr call) {
    if (call.getScope().filter(s -> !(s instanceof ThisExpr)).isEmpty()) {
      return call
          .findAncestor(TypeDeclaration.class)
          .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName())
          .stream()
          .flatMap(o -> unit.project().methods(o, call.getNameAsString()).stream())
          .filter(m -> m.arity() == call.getArguments().size())
          .toList();
    }
    return projectMethods(call);
  }

  /** The first catch clause that catches the SDK's 401, if any. */
  Optional<CatchClause> catchOf401(TryStmt tryStmt, Catalog.Sdk sdk) {
    return tryStmt.getCatchClauses().stream()
        .filter(c -> caughtTypes(c.getParameter().getType()).stream().anyMatch(t -> covers(t, sdk)))
        .findFirst();
  }

  List<String> caughtTypes(Type type) {
    return type instanceof UnionType union
        ? union.getElements().stream().map(unit::resolve).toList()
        : List.of(unit.resolve(type));
  }

  /** Whether a caught or tested type includes the SDK's 401 type. */
  boolean covers(String type, Catalog.Sdk sdk) {
    return failure(sdk).coveredBy(type) || catalog.frameworks().async().wrappers().contains(type);
  }

  /** How a handler of the SDK's failure behaves for a 401. */
  HandlerFlow flow(Catalog.Sdk sdk) {
    return flows.computeIfAbsent(sdk, s -> new HandlerFlow(unit, type -> covers(type, s)));
  }

  /** The authentication failure of the SDK's calls, as UnhandledAuthError sees it. */
  AuthFailure failure(Catalog.Sdk sdk) {
    return failures.computeIfAbsent(sdk, s -> AuthFailure.of(unit, s, Set.of()));
  }
}
