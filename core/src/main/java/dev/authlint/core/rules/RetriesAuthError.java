package dev.authlint.core.rules;

import dev.authlint.core.engine.Prefilter;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.config.ConfigEntries;
import dev.authlint.core.FileReport;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.Level;
import dev.authlint.core.java.AuthFailure;
import dev.authlint.core.project.FileSummary;
import dev.authlint.core.java.HandlerFlow;
import dev.authlint.core.java.SdkCalls;
import dev.authlint.core.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Retries of an SDK call that also retry its authentication failure (HTTP 401): hand-written retry
 * loops, recursive retries from an error handler, retry-library policies and Spring AI retry
 * settings. A bad key fails the same way on every attempt; retrying it burns quota and time and can
 * get the caller's address rate-limited.
 */
public final class RetriesAuthError extends AbstractRule {
  public static final String ID = "RetriesAuthError";

  private static final int AUTH_STATUS = 401;

  /** Calls in a loop's condition that ask a collection or a stream of inputs for more. */
  private static final Set<String> MORE_INPUT_CALLS =
      Set.of("size", "length", "hasNext", "isEmpty", "hasMoreElements", "hasMoreTokens");

  /** Calls anywhere in a loop that take its next input. */
  private static final Set<String> NEXT_INPUT_CALLS =
      Set.of("next", "nextElement", "nextToken", "readLine", "poll", "take", "pop", "receive");

  private static final Pattern STATUS_CODE = Pattern.compile("\\d+");
  private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]$");

  private final Catalog catalog;

  /** The method names of the catalog's policy factories, to skip other calls cheaply. */
  private final Set<String> policyFactoryNames;

  public RetriesAuthError(Catalog catalog) {
    super(
        ID,
        Level.ERROR,
        "A retry loop, recursive retry or retry policy retries the authentication failure (HTTP"
                   + " 401).",
        "A bad, missing or revoked key is a permanent failure: every retry fails the same way,"
                   + " burns quota and time, and ten or more failed attempts a minute can get the"
                   + " caller's address rate-limited. Retry only transient failures such as rate"
                   + " limits: rethrow the 401 type before a hand-written retry, and exclude it from"
                   + " retry-library policies.");
    this.catalog = catalog;
    this.policyFactoryNames =
        catalog.retryLibraries().stream()
            .flatMap(l -> Stream.concat(l.starts().stream(), l.retryEverything().stream()))
            .map(name -> name.substring(name.lastIndexOf('.') + 1))
            .collect(Collectors.toSet());
  }

  @Override
  public boolean readsProjectClientTypes() {
    return true;
  }

  @Override
  public boolean needsParse(SourceFile file) {
    String text = file.text();
    return Prefilter.mentionsSdk(text, catalog)
        && (text.contains("catch")
            || text.contains("Retry")
            || text.contains("exceptionally")
            || text.contains("handle"));
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    if (report.testCodeQuiet()) {
      return;
    }
    Analysis analysis = new Analysis(unit, report);
    analysis.retryLoops();
    analysis.loopsOverSwallowingHelpers();
    analysis.recursiveRetries();
    analysis.retryPolicies();
    analysis.constructedPolicies();
  }

  // ---- Spring AI settings ----------------------------------------------------------------------

  @Override
  public void checkText(SourceFile file, FileReport report) {
    if (file.kind() == SourceFile.Kind.JAVA
        || file.kind() == SourceFile.Kind.DOTENV
        || report.testCodeQuiet()) {
      return;
    }
    List<ConfigEntries.Entry> entries = ConfigEntries.read(file);
    for (Catalog.RetryLibrary library : catalog.retryLibraries()) {
      boolean authExcluded =
          entries.stream()
              .anyMatch(
                  e ->
                      named(e, library.excludeStatusProperties())
                          && authStatusColumn(e).isPresent());
      for (ConfigEntries.Entry entry : entries) {
        if (named(entry, library.retryStatusProperties())) {
          authStatusColumn(entry)
              .ifPresent(
                  column ->
                      report.add(
                          this,
                          Level.ERROR,
                          entry.line(),
                          column,
                          entry.line(),
                          column + 3,
                          baseName(entry)
                              + " lists 401, so "
                              + library.name()
                              + " retries the authentication failure of a bad key, which fails the"
                              + " same way on every attempt. List only transient statuses such as"
                              + " 429."));
        }
        if (named(entry, library.retryAllClientErrorsProperties())
            && entry.value().equalsIgnoreCase("true")
            && !authExcluded) {
          report.add(
              this,
              Level.ERROR,
              entry.line(),
              entry.valueColumn(),
              entry.line(),
              entry.valueColumn() + entry.value().length(),
              baseName(entry)
                  + "=true makes "
                  + library.name()
                  + " retry every 4xx, including 401 from a bad key, which fails the same way on"
                  + " every attempt. Leave it false, or add 401 to "
                  + library.excludeStatusProperties().get(0)
                  + ".");
        }
      }
    }
  }

  private static boolean named(ConfigEntries.Entry entry, List<String> names) {
    String name = Catalog.relaxedPropertyName(baseName(entry));
    return names.stream().anyMatch(n -> Catalog.relaxedPropertyName(n).equals(name));
  }

  /**
   * The property name without a list index: {@code on-http-codes[0]} is one of {@code
   * on-http-codes}.
   */
  private static String baseName(ConfigEntries.Entry entry) {
    return LIST_INDEX.matcher(entry.name()).replaceFirst("");
  }

  private static Optional<Integer> authStatusColumn(ConfigEntries.Entry entry) {
    Matcher m = STATUS_CODE.matcher(entry.value());
    while (m.find()) {
      if (m.group().equals(String.valueOf(AUTH_STATUS))) {
        return Optional.of(entry.valueColumn() + m.start());
      }
    }
    return Optional.empty();
  }

  // ---- Java ------------------------------------------------------------------------------------

  /** The state of one file's analysis. */
  private final class Analysis {
    private final JavaUnit unit;
    private final FileReport report;
    // JavaParser nodes are equal when their text is: these are keyed by identity.
    private final Map<MethodDeclaration, Optional<Catalog.Sdk>> sdkOfMethod =
        new IdentityHashMap<>();
    private final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Catalog.Sdk, AuthFailure> failures = new java.util.HashMap<>();
    private final Map<Catalog.Sdk, HandlerFlow> flows = new java.util.HashMap<>();

    private final SdkCalls sdkCalls;

    Analysis(JavaUnit unit, FileReport report) {
      this.unit = unit;
      this.report = report;
      this.sdkCalls = SdkCalls.in(unit);
    }

    // ---- the SDK calls -----------------------------------------------------------------------

    /** The SDK a call sends a request to, as the shared recogniser of network calls sees it. */
    private Optional<Catalog.Sdk> sdkRequest(MethodCallExpr call) {
      return sdkCalls.recognise(call).filter(sdkCalls::authenticates).map(SdkCalls.NetworkCall::sdk);
    }

    /**
     * The SDK a piece of code sends a request to, directly or through methods of the same class.
     */
    private Optional<Catalog.Sdk> sdkCalledIn(Node code) {
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
          sdk = projectMethods(call).stream().flatMap(m -> m.sends().stream()).findFirst().flatMap(catalog::sdk);
        }
        if (sdk.isPresent()) {
          return sdk;
        }
      }
      return Optional.empty();
    }

    /** The methods of the project's other classes a call may run, as their summaries say. */
    private List<FileSummary.MethodSummary> projectMethods(MethodCallExpr call) {
      Optional<String> owner = call.getScope()
          .filter(s -> !(s instanceof ThisExpr))
          .flatMap(unit::rootType);
      return owner.stream()
          .filter(o -> catalog.sdkOwning(o).isEmpty())
          .flatMap(o -> unit.project().methods(o, call.getNameAsString()).stream())
          .filter(m -> m.arity() == call.getArguments().size())
          .toList();
    }

    private Optional<Catalog.Sdk> sdkCalledBy(MethodDeclaration method) {
      if (sdkOfMethod.containsKey(method)) {
        return sdkOfMethod.get(method);
      }
      sdkOfMethod.put(method, Optional.empty()); // recursion ends here
      Optional<Catalog.Sdk> sdk = method.getBody().flatMap(this::sdkCalledIn);
      sdkOfMethod.put(method, sdk);
      return sdk;
    }

    /** The methods of the caller's class a call without a scope (or with {@code this}) may run. */
    private List<MethodDeclaration> sameClassMethods(MethodCallExpr call) {
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

    // ---- hand-written retry loops ------------------------------------------------------------

    /**
     * Loops that call a method (of this class or another) which catches the 401 of its own request
     * and returns normally: when the loop goes round on that method's result, it retries the bad key
     * ({@code for (..) { String s = tryOnce(q); if (s != null) return s; }}).
     */
    void loopsOverSwallowingHelpers() {
      for (Statement loop : unit.cu().findAll(Statement.class, s -> s instanceof ForStmt
          || s instanceof WhileStmt || s instanceof DoStmt)) {
        if (walksInputs(loop) || reported.contains(loop)) {
          continue;
        }
        for (MethodCallExpr call : loop.findAll(MethodCallExpr.class)) {
          if (call.findAncestor(TryStmt.class).filter(t -> t.isDescendantOf(loop)).isPresent()) {
            continue; // judged with the try it is in
          }
          Optional<String> swallowed = helperSummaries(call).stream()
              .flatMap(m -> m.swallows().stream()).findFirst();
          Optional<Catalog.Sdk> sdk = swallowed.flatMap(catalog::sdk);
          if (sdk.isPresent() && reported.add(loop)) {
            String exception = failure(sdk.get()).adviceNames(" or ");
            String keyword = loop instanceof DoStmt ? "do" : loop instanceof WhileStmt ? "while" : "for";
            int line = loop.getBegin().get().line;
            int column = loop.getBegin().get().column;
            report.add(RetriesAuthError.this, Level.ERROR, line, column, line, column + keyword.length(),
                "This loop calls " + call.getNameAsString() + "(..), which catches " + exception
                    + " (HTTP 401, a bad key) and returns normally, and goes round again; a bad key fails"
                    + " the same way on every attempt. Let " + call.getNameAsString() + "(..) rethrow "
                    + exception + ", or leave the loop when it reports a bad key.");
            break;
          }
        }
      }
    }

    /**
     * Whether the method a retry annotation is on catches the 401 and throws one of {@code excluded}
     * instead ({@code catch (UnauthorizedException e) { throw new BadKeyException(e); }}): excluding
     * that type excludes the 401.
     */
    private boolean turnsInto(Node annotation, List<String> excluded, Catalog.Sdk sdk) {
      return annotation.getParentNode().stream()
          .flatMap(m -> m.findAll(CatchClause.class).stream())
          .filter(c -> caughtTypes(c.getParameter().getType()).stream().anyMatch(t -> covers(t, sdk)))
          .flatMap(c -> c.getBody().findAll(ThrowStmt.class).stream())
          .map(ThrowStmt::getExpression)
          .filter(ObjectCreationExpr.class::isInstance)
          .map(e -> unit.resolve(((ObjectCreationExpr) e).getType()))
          .anyMatch(excluded::contains);
    }

    /** The summaries of the methods a call may run: of this class, or of the project's others. */
    private List<FileSummary.MethodSummary> helperSummaries(MethodCallExpr call) {
      if (call.getScope().filter(s -> !(s instanceof ThisExpr)).isEmpty()) {
        return call.findAncestor(TypeDeclaration.class)
            .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName())
            .stream()
            .flatMap(o -> unit.project().methods(o, call.getNameAsString()).stream())
            .filter(m -> m.arity() == call.getArguments().size())
            .toList();
      }
      return projectMethods(call);
    }

    void retryLoops() {
      for (TryStmt tryStmt : unit.cu().findAll(TryStmt.class)) {
        Optional<Statement> loop = enclosingLoop(tryStmt);
        if (loop.isEmpty() || walksInputs(loop.get())) {
          continue;
        }
        Optional<Catalog.Sdk> sdk =
            sdkCalledIn(tryStmt.getTryBlock()).or(() -> sdkOfTasks(tryStmt));
        if (sdk.isEmpty() || leavesAfter(tryStmt, loop.get(), sdk.get())) {
          continue;
        }
        Optional<CatchClause> retrying =
            catchOf401(tryStmt, sdk.get())
                .filter(
                    c -> HandlerFlow.goesOn(flow(sdk.get()).exit(c.getBody(), c.getParameter().getNameAsString())));
        if (retrying.isPresent() && reported.add(loop.get())) {
          String exception =
              caughtTypes(retrying.get().getParameter().getType()).stream()
                  .filter(type -> covers(type, sdk.get()))
                  .findFirst()
                  .map(failure(sdk.get())::caughtAs)
                  .orElse(failure(sdk.get()).adviceNames(" or "));
          String keyword =
              loop.get() instanceof DoStmt
                  ? "do"
                  : loop.get() instanceof WhileStmt ? "while" : "for";
          int line = loop.get().getBegin().get().line;
          int column = loop.get().getBegin().get().column;
          report.add(
              RetriesAuthError.this,
              Level.ERROR,
              line,
              column,
              line,
              column + keyword.length(),
              "This retry loop catches "
                  + exception
                  + " (HTTP 401, a bad key) in catch ("
                  + retrying.get().getParameter().getType()
                  + ") and tries again; a bad key fails "
                  + "the same way on every attempt. Catch "
                  + exception
                  + " first and rethrow it, "
                  + "or rethrow when "
                  + retrying.get().getParameter().getNameAsString()
                  + " instanceof "
                  + exception
                  + ", before retrying.");
        }
      }
    }

    /**
     * For a retry helper such as {@code <T> T withRetries(Supplier<T> task)} whose try runs a task
     * it is given ({@code task.get()}): the SDK that a caller in this file passes a task for.
     */
    private Optional<Catalog.Sdk> sdkOfTasks(TryStmt tryStmt) {
      Optional<MethodDeclaration> helper = tryStmt.findAncestor(MethodDeclaration.class);
      if (helper.isEmpty()) {
        return Optional.empty();
      }
      NodeList<Parameter> parameters = helper.get().getParameters();
      Set<Integer> taskPositions =
          tryStmt.getTryBlock().findAll(MethodCallExpr.class).stream()
              .map(call -> call.getScope().orElse(null))
              .filter(NameExpr.class::isInstance)
              .flatMap(scope -> unit.declarationOf((NameExpr) scope).stream())
              .map(d -> parameters.indexOf(d.node()))
              .filter(i -> i >= 0)
              .collect(Collectors.toSet());
      if (taskPositions.isEmpty()) {
        return Optional.empty();
      }
      return unit.cu().findAll(MethodCallExpr.class).stream()
          .filter(call -> sameClassMethods(call).stream().anyMatch(m -> m == helper.get()))
          .flatMap(call -> taskPositions.stream().map(call::getArgument))
          .map(this::sdkOfTask)
          .flatMap(Optional::stream)
          .findFirst();
    }

    /**
     * The SDK a task sends a request to: a lambda, or a reference to a method of the same class.
     */
    private Optional<Catalog.Sdk> sdkOfTask(Expression task) {
      if (task instanceof LambdaExpr lambda) {
        return sdkCalledIn(lambda.getBody());
      }
      if (task instanceof MethodReferenceExpr reference
          && reference.getScope() instanceof ThisExpr) {
        return reference.findAncestor(TypeDeclaration.class).stream()
            .flatMap(
                type ->
                    ((TypeDeclaration<?>) type)
                        .getMethodsByName(reference.getIdentifier()).stream())
            .map(this::sdkCalledBy)
            .flatMap(Optional::stream)
            .findFirst();
      }
      return Optional.empty();
    }

    /** The loop a try statement repeats, if it sits in one within its method or lambda. */
    private Optional<Statement> enclosingLoop(TryStmt tryStmt) {
      for (Node n = tryStmt.getParentNode().orElse(null);
          n != null;
          n = n.getParentNode().orElse(null)) {
        if (n instanceof ForStmt
            || n instanceof WhileStmt
            || n instanceof DoStmt
            || n instanceof ForEachStmt) {
          return Optional.of((Statement) n);
        }
        if (n instanceof LambdaExpr
            || n instanceof CallableDeclaration
            || n instanceof TypeDeclaration) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }

    /**
     * Whether a loop walks a collection or a stream of inputs rather than repeating one call: a
     * for-each loop, a condition that asks a collection, iterator or reader for more, a loop that
     * takes its next input from an iterator, reader or queue, or one that indexes by the loop's
     * variable or chooses what to run by it ({@code if (step == 1)}, {@code switch (step)}).
     */
    private boolean walksInputs(Statement loop) {
      if (loop instanceof ForEachStmt) {
        return true;
      }
      Optional<Expression> condition =
          loop instanceof ForStmt f
              ? f.getCompare()
              : loop instanceof WhileStmt w
                  ? Optional.of(w.getCondition())
                  : Optional.of(((DoStmt) loop).getCondition());
      boolean asksForMore =
          condition
              .filter(
                  c ->
                      c.findAll(MethodCallExpr.class).stream()
                              .anyMatch(m -> MORE_INPUT_CALLS.contains(m.getNameAsString()))
                          || c.findAll(FieldAccessExpr.class).stream()
                              .anyMatch(f -> f.getNameAsString().equals("length")))
              .isPresent();
      Set<String> variables =
          loop instanceof ForStmt f
              ? f.getInitialization().stream()
                  .flatMap(i -> i.findAll(VariableDeclarator.class).stream())
                  .map(v -> v.getNameAsString())
                  .collect(Collectors.toSet())
              : Set.of();
      boolean takesInput =
          loop.findAll(MethodCallExpr.class).stream()
              .anyMatch(m -> NEXT_INPUT_CALLS.contains(m.getNameAsString()));
      boolean indexes =
          loop.findAll(ArrayAccessExpr.class).stream()
                  .anyMatch(a -> isOneOf(a.getIndex(), variables))
              || loop.findAll(MethodCallExpr.class).stream()
                  .anyMatch(
                      m ->
                          m.getNameAsString().equals("get")
                              && m.getArguments().size() == 1
                              && isOneOf(m.getArgument(0), variables));
      boolean dispatches =
          loop.findAll(IfStmt.class).stream()
                  .filter(i -> i.findAncestor(CatchClause.class).filter(c -> c.isDescendantOf(loop)).isEmpty())
                  .anyMatch(i -> i.getCondition() instanceof BinaryExpr b
                      && b.getOperator() == BinaryExpr.Operator.EQUALS
                      && (isOneOf(b.getLeft(), variables) || isOneOf(b.getRight(), variables)))
              || loop.findAll(SwitchStmt.class).stream().anyMatch(s -> isOneOf(s.getSelector(), variables));
      return asksForMore || takesInput || indexes || dispatches;
    }

    private static boolean isOneOf(Expression e, Set<String> names) {
      return e instanceof NameExpr name && names.contains(name.getNameAsString());
    }

    /** Whether the loop body leaves right after the try statement whatever happened in it. */
    private boolean leavesAfter(TryStmt tryStmt, Statement loop, Catalog.Sdk sdk) {
      if (!(tryStmt.getParentNode().orElse(null) instanceof BlockStmt block)
          || block.getParentNode().orElse(null) != loop) {
        return false;
      }
      List<Statement> statements = block.getStatements();
      for (Statement s : statements.subList(statements.indexOf(tryStmt) + 1, statements.size())) {
        HandlerFlow.Exit exit = flow(sdk).exit(s, ""); // no error variable here: every condition is EITHER
        if (exit != HandlerFlow.Exit.FALLS) {
          return exit == HandlerFlow.Exit.LEAVES;
        }
      }
      return false;
    }

    /** The first catch clause that catches the SDK's 401, if any. */
    private Optional<CatchClause> catchOf401(TryStmt tryStmt, Catalog.Sdk sdk) {
      return tryStmt.getCatchClauses().stream()
          .filter(
              c -> caughtTypes(c.getParameter().getType()).stream().anyMatch(t -> covers(t, sdk)))
          .findFirst();
    }

    private List<String> caughtTypes(Type type) {
      return type instanceof UnionType union
          ? union.getElements().stream().map(unit::resolve).toList()
          : List.of(unit.resolve(type));
    }

    /** Whether a caught or tested type includes the SDK's 401 type. */
    private boolean covers(String type, Catalog.Sdk sdk) {
      return failure(sdk).coveredBy(type) || catalog.frameworks().async().wrappers().contains(type);
    }

    /** How a handler of the SDK's failure behaves for a 401. */
    private HandlerFlow flow(Catalog.Sdk sdk) {
      return flows.computeIfAbsent(sdk, s -> new HandlerFlow(unit, type -> covers(type, s)));
    }

    /** The authentication failure of the SDK's calls, as UnhandledAuthError sees it. */
    private AuthFailure failure(Catalog.Sdk sdk) {
      return failures.computeIfAbsent(sdk, s -> AuthFailure.of(unit, s, Set.of()));
    }

    // ---- recursive retries -------------------------------------------------------------------

    void recursiveRetries() {
      for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
        Optional<MethodDeclaration> method = call.findAncestor(MethodDeclaration.class);
        if (method.isEmpty()
            || !method.get().getNameAsString().equals(call.getNameAsString())
            || method.get().getParameters().size() != call.getArguments().size()
            || call.getScope().filter(s -> !(s instanceof ThisExpr)).isPresent()) {
          continue;
        }
        Optional<Catalog.Sdk> sdk = sdkCalledBy(method.get());
        if (sdk.isPresent()
            && retriedFromHandler(call, method.get(), sdk.get())
            && reported.add(call)) {
          String exception = failure(sdk.get()).adviceNames(" or ");
          report.add(
              RetriesAuthError.this,
              Level.ERROR,
              call,
              "This recursive retry of "
                  + call.getNameAsString()
                  + " also runs after "
                  + exception
                  + " (HTTP 401, a bad key), which fails the same way on every attempt. Rethrow "
                  + exception
                  + " (test e instanceof "
                  + exception
                  + ", or the cause of a "
                  + "CompletionException) before retrying.");
        }
      }
    }

    /** Whether a call runs again from a catch clause or a future's error handler after a 401. */
    private boolean retriedFromHandler(
        MethodCallExpr call, MethodDeclaration method, Catalog.Sdk sdk) {
      for (Node n = call.getParentNode().orElse(null);
          n != null && n != method;
          n = n.getParentNode().orElse(null)) {
        if (n instanceof CatchClause clause) {
          TryStmt tryStmt = (TryStmt) clause.getParentNode().get();
          return catchOf401(tryStmt, sdk).filter(c -> c == clause).isPresent()
              && sdkCalledIn(tryStmt.getTryBlock()).isPresent()
              && flow(sdk).reaches(clause.getBody(), call, clause.getParameter().getNameAsString());
        }
        if (n instanceof LambdaExpr lambda
            && lambda.getParentNode().orElse(null) instanceof MethodCallExpr handler
            && catalog.frameworks().async().errorHandlers().contains(handler.getNameAsString())
            && !lambda.getParameters().isEmpty()) {
          String error = lambda.getParameters().getLast().get().getNameAsString();
          return flow(sdk).reaches(lambda.getBody(), call, error);
        }
      }
      return false;
    }

    // ---- retry-library policies --------------------------------------------------------------

    /**
     * {@code new RetryTemplate()}: with no retry policy set, or a policy made without a list of
     * exceptions ({@code new TimeoutRetryPolicy()}, {@code new SimpleRetryPolicy(5)}), it retries every
     * exception (Spring AI 0.8 and 1.x clients take one as a constructor argument).
     */
    void constructedPolicies() {
      for (ObjectCreationExpr creation : unit.cu().findAll(ObjectCreationExpr.class)) {
        String type = unit.resolve(creation.getType());
        Optional<Catalog.RetryLibrary> library = library(l -> l.constructors().contains(type));
        if (library.isEmpty() || !creation.getArguments().isEmpty() || !retriesEverything(creation, library.get())) {
          continue;
        }
        sdkInPlay(List.of()).ifPresent(sdk -> judge(library.get(), List.of(), sdk, creation));
      }
    }

    private boolean retriesEverything(ObjectCreationExpr creation, Catalog.RetryLibrary library) {
      Optional<VariableDeclarator> variable = creation.getParentNode()
          .filter(VariableDeclarator.class::isInstance).map(VariableDeclarator.class::cast);
      if (variable.isEmpty()) {
        return true; // used as made: the default policy
      }
      Node scope = variable.get().findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(unit.cu());
      List<MethodCallExpr> setters = scope.findAll(MethodCallExpr.class, c -> library.policySetters()
          .contains(c.getNameAsString()) && c.getArguments().size() == 1
          && c.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(variable.get().getNameAsString())).isPresent());
      return setters.stream().allMatch(s -> retriesEverything(policyMadeBy(s.getArgument(0)), library));
    }

    /** The {@code new} a policy argument was made with, itself or through a local variable. */
    private Optional<ObjectCreationExpr> policyMadeBy(Expression policy) {
      if (policy instanceof ObjectCreationExpr made) {
        return Optional.of(made);
      }
      return unit.declarationOfVariable(policy)
          .flatMap(JavaUnit.Declaration::initializer)
          .filter(ObjectCreationExpr.class::isInstance)
          .map(ObjectCreationExpr.class::cast);
    }

    private boolean retriesEverything(Optional<ObjectCreationExpr> policy, Catalog.RetryLibrary library) {
      return policy.filter(p -> library.retryEverythingPolicies().contains(unit.resolve(p.getType()))
          && p.getArguments().size() <= 1).isPresent();
    }

    void retryPolicies() {
      for (AnnotationExpr annotation : unit.cu().findAll(AnnotationExpr.class)) {
        String type = unit.typeNames().resolve(annotation.getNameAsString());
        library(l -> l.starts().contains(type))
            .ifPresent(
                library -> {
                  Optional<Catalog.Sdk> sdk = annotation.getParentNode().flatMap(this::sdkCalledIn);
                  sdk.ifPresent(s -> judge(library, settings(annotation), s, annotation));
                });
      }
      for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
        if (call.getScope().isEmpty() || !policyFactoryNames.contains(call.getNameAsString())) {
          continue;
        }
        Optional<String> owner = unit.rootType(call.getScope().get());
        if (owner.isEmpty()
            || !(call.getScope().get() instanceof NameExpr
                || call.getScope().get() instanceof FieldAccessExpr)) {
          continue;
        }
        String factory = owner.get() + "." + call.getNameAsString();
        library(l -> l.starts().contains(factory))
            .ifPresent(
                library -> {
                  List<Setting> settings = chainSettings(call);
                  sdkInPlay(settings).ifPresent(sdk -> judge(library, settings, sdk, call));
                });
        library(l -> l.retryEverything().contains(factory))
            .ifPresent(
                library ->
                    sdkInPlay(List.of()).ifPresent(sdk -> judge(library, List.of(), sdk, call)));
      }
    }

    private Optional<Catalog.RetryLibrary> library(Predicate<Catalog.RetryLibrary> test) {
      return catalog.retryLibraries().stream().filter(test).findFirst();
    }

    /** A builder method or annotation attribute and its arguments. */
    private record Setting(String name, List<Expression> values) {
      Optional<LambdaExpr> lambda() {
        return values.size() == 1 && values.get(0) instanceof LambdaExpr l
            ? Optional.of(l)
            : Optional.empty();
      }
    }

    private List<Setting> settings(AnnotationExpr annotation) {
      if (annotation instanceof SingleMemberAnnotationExpr single) {
        return List.of(new Setting("value", List.of(single.getMemberValue())));
      }
      if (annotation instanceof NormalAnnotationExpr normal) {
        return normal.getPairs().stream()
            .map(p -> new Setting(p.getNameAsString(), List.of(p.getValue())))
            .toList();
      }
      return List.of();
    }

    /**
     * The calls chained on a builder, e.g. {@code .retryExceptions(X.class)} after {@code
     * custom()}.
     */
    private List<Setting> chainSettings(MethodCallExpr start) {
      List<Setting> settings = new ArrayList<>();
      Expression at = start;
      while (at.getParentNode().orElse(null) instanceof MethodCallExpr next
          && next.getScope().orElse(null) == at) {
        settings.add(new Setting(next.getNameAsString(), next.getArguments()));
        at = next;
      }
      return settings;
    }

    /**
     * The SDK whose errors a policy built in this file meets: the SDK of an exception type it
     * names, else the first SDK the file imports. Policies in files without an SDK are not judged.
     */
    private Optional<Catalog.Sdk> sdkInPlay(List<Setting> settings) {
      return settings.stream()
          .flatMap(s -> classesIn(s.values()).stream())
          .map(catalog::sdkOwning)
          .flatMap(Optional::stream)
          .findFirst()
          .or(() -> unit.typeNames().importedSdks().stream().findFirst());
    }

    /** The exception types named in arguments: {@code X.class}, in arrays and lists too. */
    private List<String> classesIn(List<Expression> values) {
      return values.stream()
          .flatMap(v -> v.findAll(ClassExpr.class).stream())
          .map(c -> unit.resolve(c.getType()))
          .toList();
    }

    private void judge(
        Catalog.RetryLibrary library, List<Setting> settings, Catalog.Sdk sdk, Node at) {
      boolean filtered = false;
      boolean typesListed = false;
      String retried = null;
      for (Setting s : settings) {
        List<String> classes = classesIn(s.values());
        Optional<LambdaExpr> lambda = s.lambda();
        if (library.opaque().contains(s.name())) {
          return;
        }
        if (library.excludeTypes().contains(s.name())) {
          if (classes.isEmpty() || classes.stream().anyMatch(c -> covers(c, sdk)) || turnsInto(at, classes, sdk)) {
            return; // excludes the 401, or decides by a predicate this rule cannot read
          }
        } else if (library.retryTypes().contains(s.name()) && !classes.isEmpty()) {
          filtered = true;
          typesListed = true;
          retried =
              classes.stream()
                  .filter(c -> covers(c, sdk))
                  .findFirst()
                  .map(c -> simpleName(c))
                  .map(c -> "because it retries " + c)
                  .orElse(retried);
        } else if (library.retryPredicates().contains(s.name()) && lambda.isPresent()) {
          filtered = true;
          HandlerFlow.Truth truth = flow(sdk).predicateTruth(lambda.get());
          if (truth == HandlerFlow.Truth.TRUE) {
            retried = "because its predicate accepts it";
          } else if (truth != HandlerFlow.Truth.FALSE) {
            return;
          }
        } else if (library.retryTypes().contains(s.name())
            || library.retryPredicates().contains(s.name())) {
          return; // types or a predicate given in a variable
        }
      }
      if (!filtered) {
        retried = "because it retries every exception";
      }
      if (retried == null || !reported.add(at)) {
        return;
      }
      String exception = failure(sdk).adviceNames(" or ");
      String fix =
          typesListed && library.fixWhenTypesListed() != null
              ? library.fixWhenTypesListed()
              : library.fix();
      report.add(
          RetriesAuthError.this,
          Level.ERROR,
          at,
          "This "
              + library.name()
              + " policy retries "
              + exception
              + " (HTTP 401, a bad key) "
              + retried
              + "; a bad key fails the same way on every attempt. Fix: "
              + fix.replace("{exception}", exception)
              + ".");
    }

  }

  /**
   * {@code UnauthorizedException} for {@code com.openai.errors.UnauthorizedException}; nested types
   * keep their outer class.
   */
  private static String simpleName(String qualified) {
    String[] parts = qualified.split("\\.");
    int first = 0;
    while (first < parts.length - 1
        && !parts[first].isEmpty()
        && Character.isLowerCase(parts[first].charAt(0))) {
      first++;
    }
    return String.join(".", Arrays.copyOfRange(parts, first, parts.length));
  }
}
