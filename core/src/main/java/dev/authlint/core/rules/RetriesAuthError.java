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

  /** The wrappers an async SDK call's 401 arrives in. */
  private static final Set<String> FUTURE_WRAPPERS =
      Set.of("java.util.concurrent.CompletionException", "java.util.concurrent.ExecutionException");

  /** Accessors of an HTTP status on exception types ({@code e.statusCode() == 401}). */
  private static final Set<String> STATUS_ACCESSORS =
      Set.of(
          "statusCode",
          "code",
          "getStatusCode",
          "getCode",
          "status",
          "getStatus",
          "getRawStatusCode");

  /** CompletableFuture methods whose function runs when the future fails. */
  private static final Set<String> ERROR_HANDLERS =
      Set.of(
          "exceptionally",
          "exceptionallyAsync",
          "exceptionallyCompose",
          "exceptionallyComposeAsync",
          "handle",
          "handleAsync");

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
    analysis.recursiveRetries();
    analysis.retryPolicies();
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

  /** How control leaves a handler for a 401, from the handler's code alone. */
  private enum Exit {
    /** Throws, returns or breaks out of the loop. */
    LEAVES,
    /** Goes round the loop at once ({@code continue}). */
    ROUND,
    /** Runs on to the next statement. */
    FALLS,
    /** Depends on a test of the error this rule cannot read; taken as the developer's exclusion. */
    TRUSTED
  }

  /** What a condition is for a 401. */
  private enum Truth {
    TRUE,
    FALSE,
    /** Does not depend on the error: either value may hold at a 401. */
    EITHER,
    /** Depends on the error in a way this rule cannot read. */
    UNKNOWN
  }

  /** The state of one file's analysis. */
  private final class Analysis {
    private final JavaUnit unit;
    private final FileReport report;
    // JavaParser nodes are equal when their text is: these are keyed by identity.
    private final Map<MethodDeclaration, Optional<Catalog.Sdk>> sdkOfMethod =
        new IdentityHashMap<>();
    private final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Catalog.Sdk, AuthFailure> failures = new java.util.HashMap<>();

    private final SdkCalls sdkCalls;

    Analysis(JavaUnit unit, FileReport report) {
      this.unit = unit;
      this.report = report;
      this.sdkCalls = new SdkCalls(unit);
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
        if (sdk.isPresent()) {
          return sdk;
        }
      }
      return Optional.empty();
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
                    c -> goesOn(exit(c.getBody(), c.getParameter().getNameAsString(), sdk.get())));
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
        Exit exit = exit(s, "", sdk); // no error variable here: every condition is EITHER
        if (exit != Exit.FALLS) {
          return exit == Exit.LEAVES;
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
      return failure(sdk).coveredBy(type) || FUTURE_WRAPPERS.contains(type);
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
              && reaches(clause.getBody(), call, clause.getParameter().getNameAsString(), sdk);
        }
        if (n instanceof LambdaExpr lambda
            && lambda.getParentNode().orElse(null) instanceof MethodCallExpr handler
            && ERROR_HANDLERS.contains(handler.getNameAsString())
            && !lambda.getParameters().isEmpty()) {
          String error = lambda.getParameters().getLast().get().getNameAsString();
          return reaches(lambda.getBody(), call, error, sdk);
        }
      }
      return false;
    }

    /**
     * Whether, for a 401, control in a handler body reaches the statement holding {@code target}.
     */
    private boolean reaches(Statement body, Node target, String error, Catalog.Sdk sdk) {
      Node at = body;
      while (at != target) {
        Node next = childOnPathTo(at, target);
        if (next == null) {
          return true;
        }
        if (at instanceof BlockStmt block) {
          for (Statement s : block.getStatements()) {
            if (s == next) {
              break;
            }
            if (exit(s, error, sdk) != Exit.FALLS) {
              return false;
            }
          }
        } else if (at instanceof IfStmt ifStmt && next != ifStmt.getCondition()) {
          if (!branchTaken(ifStmt.getCondition(), next == ifStmt.getThenStmt(), error, sdk)) {
            return false;
          }
        } else if (at instanceof ConditionalExpr choice && next != choice.getCondition()) {
          if (!branchTaken(choice.getCondition(), next == choice.getThenExpr(), error, sdk)) {
            return false;
          }
        }
        at = next;
      }
      return true;
    }

    /** Whether a branch may run for a 401; a test of the error this rule cannot read is trusted. */
    private boolean branchTaken(
        Expression condition, boolean thenBranch, String error, Catalog.Sdk sdk) {
      Truth truth = truth(condition, error, sdk);
      return truth != Truth.UNKNOWN && truth != (thenBranch ? Truth.FALSE : Truth.TRUE);
    }

    private Node childOnPathTo(Node ancestor, Node target) {
      for (Node n = target; n != null; n = n.getParentNode().orElse(null)) {
        if (n.getParentNode().orElse(null) == ancestor) {
          return n;
        }
      }
      return null;
    }

    // ---- how a handler ends ------------------------------------------------------------------

    private boolean goesOn(Exit exit) {
      return exit == Exit.ROUND || exit == Exit.FALLS;
    }

    /** How a statement of a handler ends for a 401 caught as {@code error}. */
    private Exit exit(Statement s, String error, Catalog.Sdk sdk) {
      if (s instanceof ThrowStmt || s instanceof ReturnStmt || s instanceof BreakStmt) {
        return Exit.LEAVES;
      }
      if (s instanceof ContinueStmt) {
        return Exit.ROUND;
      }
      if (s instanceof BlockStmt block) {
        for (Statement inner : block.getStatements()) {
          Exit exit = exit(inner, error, sdk);
          if (exit != Exit.FALLS) {
            return exit;
          }
        }
        return Exit.FALLS;
      }
      if (s instanceof IfStmt ifStmt) {
        Exit then = exit(ifStmt.getThenStmt(), error, sdk);
        Exit otherwise = ifStmt.getElseStmt().map(e -> exit(e, error, sdk)).orElse(Exit.FALLS);
        return switch (truth(ifStmt.getCondition(), error, sdk)) {
          case TRUE -> then;
          case FALSE -> otherwise;
          case UNKNOWN -> then == otherwise ? then : Exit.TRUSTED;
          case EITHER -> either(then, otherwise);
        };
      }
      if (s instanceof SwitchStmt switchStmt
          && mentions(switchStmt.getSelector(), error)
          && !switchStmt.findAll(ThrowStmt.class).isEmpty()) {
        return Exit.TRUSTED;
      }
      return Exit.FALLS;
    }

    /** Either branch may run: the one that retries wins. */
    private Exit either(Exit a, Exit b) {
      for (Exit exit : List.of(Exit.ROUND, Exit.FALLS, Exit.TRUSTED)) {
        if (a == exit || b == exit) {
          return exit;
        }
      }
      return Exit.LEAVES;
    }

    // ---- what a condition is for a 401 -------------------------------------------------------

    private Truth truth(Expression e, String error, Catalog.Sdk sdk) {
      if (e instanceof EnclosedExpr enclosed) {
        return truth(enclosed.getInner(), error, sdk);
      }
      if (e instanceof BooleanLiteralExpr literal) {
        return literal.getValue() ? Truth.TRUE : Truth.FALSE;
      }
      if (e instanceof UnaryExpr unary
          && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
        Truth inner = truth(unary.getExpression(), error, sdk);
        return inner == Truth.TRUE ? Truth.FALSE : inner == Truth.FALSE ? Truth.TRUE : inner;
      }
      if (e instanceof InstanceOfExpr test && mentions(test.getExpression(), error)) {
        return covers(unit.resolve(test.getType()), sdk) ? Truth.TRUE : Truth.FALSE;
      }
      if (e instanceof BinaryExpr binary) {
        Optional<Truth> known =
            switch (binary.getOperator()) {
              case AND ->
                  Optional.of(
                      and(
                          truth(binary.getLeft(), error, sdk),
                          truth(binary.getRight(), error, sdk)));
              case OR ->
                  Optional.of(
                      or(
                          truth(binary.getLeft(), error, sdk),
                          truth(binary.getRight(), error, sdk)));
              default -> comparison(binary, error);
            };
        if (known.isPresent()) {
          return known.get();
        }
      }
      return mentions(e, error) ? Truth.UNKNOWN : Truth.EITHER;
    }

    private Truth and(Truth a, Truth b) {
      if (a == Truth.FALSE || b == Truth.FALSE) {
        return Truth.FALSE;
      }
      if (a == Truth.UNKNOWN || b == Truth.UNKNOWN) {
        return Truth.UNKNOWN;
      }
      return a == Truth.TRUE && b == Truth.TRUE ? Truth.TRUE : Truth.EITHER;
    }

    private Truth or(Truth a, Truth b) {
      if (a == Truth.TRUE || b == Truth.TRUE) {
        return Truth.TRUE;
      }
      if (a == Truth.UNKNOWN || b == Truth.UNKNOWN) {
        return Truth.UNKNOWN;
      }
      return a == Truth.FALSE && b == Truth.FALSE ? Truth.FALSE : Truth.EITHER;
    }

    /** {@code e.statusCode() == 401}, {@code e.code() != 429}, {@code error != null}. */
    private Optional<Truth> comparison(BinaryExpr binary, String error) {
      Expression left = binary.getLeft();
      Expression right = binary.getRight();
      boolean flipped = right instanceof NameExpr || isStatusOf(right, error);
      Expression subject = flipped ? right : left;
      Expression value = flipped ? left : right;
      if (subject instanceof NameExpr name
          && name.getNameAsString().equals(error)
          && value instanceof NullLiteralExpr) {
        return switch (binary.getOperator()) {
          case EQUALS -> Optional.of(Truth.FALSE);
          case NOT_EQUALS -> Optional.of(Truth.TRUE);
          default -> Optional.empty();
        };
      }
      if (!isStatusOf(subject, error) || !(value instanceof IntegerLiteralExpr literal)) {
        return Optional.empty();
      }
      int status = literal.asNumber().intValue();
      int a = flipped ? status : AUTH_STATUS;
      int b = flipped ? AUTH_STATUS : status;
      Boolean result =
          switch (binary.getOperator()) {
            case EQUALS -> a == b;
            case NOT_EQUALS -> a != b;
            case LESS -> a < b;
            case LESS_EQUALS -> a <= b;
            case GREATER -> a > b;
            case GREATER_EQUALS -> a >= b;
            default -> null;
          };
      return Optional.ofNullable(result).map(r -> r ? Truth.TRUE : Truth.FALSE);
    }

    private boolean isStatusOf(Expression e, String error) {
      String name =
          e instanceof MethodCallExpr call && call.getArguments().isEmpty()
              ? call.getNameAsString()
              : e instanceof FieldAccessExpr field ? field.getNameAsString() : null;
      Expression scope =
          e instanceof MethodCallExpr call
              ? call.getScope().orElse(null)
              : e instanceof FieldAccessExpr field ? field.getScope() : null;
      return name != null
          && STATUS_ACCESSORS.contains(name)
          && scope != null
          && mentions(scope, error);
    }

    private boolean mentions(Expression e, String error) {
      Expression inner = e instanceof CastExpr cast ? cast.getExpression() : e;
      return inner.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(error))
          || inner instanceof NameExpr n && n.getNameAsString().equals(error);
    }

    // ---- retry-library policies --------------------------------------------------------------

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
          if (classes.isEmpty() || classes.stream().anyMatch(c -> covers(c, sdk))) {
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
          Truth truth = predicateTruth(lambda.get(), sdk);
          if (truth == Truth.TRUE) {
            retried = "because its predicate accepts it";
          } else if (truth != Truth.FALSE) {
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

    /** What a predicate on the exception returns for a 401. */
    private Truth predicateTruth(LambdaExpr lambda, Catalog.Sdk sdk) {
      if (lambda.getParameters().isEmpty()) {
        return Truth.UNKNOWN;
      }
      String error = lambda.getParameters().getLast().get().getNameAsString();
      Optional<Expression> result =
          lambda
              .getExpressionBody()
              .or(
                  () ->
                      lambda.getBody() instanceof BlockStmt b
                              && b.getStatements().size() == 1
                              && b.getStatement(0) instanceof ReturnStmt r
                          ? r.getExpression()
                          : Optional.empty());
      Truth truth = result.map(r -> truth(r, error, sdk)).orElse(Truth.UNKNOWN);
      return truth == Truth.EITHER ? Truth.UNKNOWN : truth;
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
