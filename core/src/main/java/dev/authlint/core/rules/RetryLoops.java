package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.java.HandlerFlow;
import dev.authlint.core.java.JavaUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hand-written retry loops that go round again after a 401: a loop whose try sends an SDK request
 * and whose catch of the 401 goes on, and a loop over a helper that swallows the 401 of its own
 * request.
 */
final class RetryLoops {
  /** Calls in a loop's condition that ask a collection or a stream of inputs for more. */
  private static final Set<String> MORE_INPUT_CALLS =
      Set.of("size", "length", "hasNext", "isEmpty", "hasMoreElements", "hasMoreTokens");

  /** Calls anywhere in a loop that take its next input. */
  private static final Set<String> NEXT_INPUT_CALLS =
      Set.of("next", "nextElement", "nextToken", "readLine", "poll", "take", "pop", "receive");

  private final RetryAnalysis analysis;
  private final JavaUnit unit;
  private final Catalog catalog;
  private final FileReport report;

  RetryLoops(RetryAnalysis analysis) {
    this.analysis = analysis;
    this.unit = analysis.unit;
    this.catalog = analysis.catalog;
    this.report = analysis.report;
  }

  /**
   * Loops that call a method (of this class or another) which catches the 401 of its own request
   * and returns normally: when the loop goes round on that method's result, it retries the bad key
   * ({@code for (..) { String s = tryOnce(q); if (s != null) return s; }}).
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  void loopsOverSwallowingHelpers() {
    for (Statement loop :
        unit.cu()
            .findAll(
                Statement.class,
                s -> s instanceof ForStmt || s instanceof WhileStmt || s instanceof DoStmt)) {
      if (walksInputs(loop) || analysis.hasFindingAt(loop)) {
        continue;
      }
      for (MethodCallExpr call : loop.findAll(MethodCallExpr.class)) {
        if (call.findAncestor(TryStmt.class).filter(t -> t.isDescendantOf(loop)).isPresent()) {
          continue; // judged with the try it is in
        }
        Optional<String> swallowed =
            analysis.helperSummaries(call).stream().flatMap(m -> m.swallows().stream()).findFirst();
        Optional<Catalog.Sdk> sdk = swallowed.flatMap(catalog::sdk);
        if (sdk.isPresent() && analysis.firstFindingAt(loop)) {
          String exception = analysis.failure(sdk.get()).adviceNames(" or ");
          reportAtKeyword(
              loop,
              "This loop calls "
                  + call.getNameAsString()
                  + "(..), which catches "
                  + exception
                  + " (HTTP 401, a bad key) and returns normally, and goes round again; a bad key fails"
                  + " the same way on every attempt. Let "
                  + call.getNameAsString()
                  + "(..) rethrow "
                  + exception
                  + ", or leave the loop when it reports a bad key.");
          break;
        }
      }
    }
  }

  void retryLoops() {
    for (TryStmt tryStmt : unit.cu().findAll(TryStmt.class)) {
      Optional<Statement> loop = enclosingLoop(tryStmt);
      if (loop.isEmpty() || walksInputs(loop.get())) {
        continue;
      }
      Optional<Catalog.Sdk> sdk =
          analysis.sdkCalledIn(tryStmt.getTryBlock()).or(() -> sdkOfTasks(tryStmt));
      if (sdk.isEmpty() || leavesAfter(tryStmt, loop.get(), sdk.get())) {
        continue;
      }
      Optional<CatchClause> retrying =
          analysis
              .catchOf401(tryStmt, sdk.get())
              .filter(
                  c ->
                      HandlerFlow.goesOn(
                          analysis
                              .flow(sdk.get())
                              .exit(c.getBody(), c.getParameter().getNameAsString())));
      if (retrying.isPresent() && analysis.firstFindingAt(loop.get())) {
        String exception =
            analysis.caughtTypes(retrying.get().getParameter().getType()).stream()
                .filter(type -> analysis.covers(type, sdk.get()))
                .findFirst()
                .map(analysis.failure(sdk.get())::caughtAs)
                .orElse(analysis.failure(sdk.get()).adviceNames(" or "));
        reportAtKeyword(
            loop.get(),
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

  /** An error on the keyword that starts a loop ({@code for}, {@code while}, {@code do}). */
  private void reportAtKeyword(Statement loop, String message) {
    String keyword = loop instanceof DoStmt ? "do" : loop instanceof WhileStmt ? "while" : "for";
    int line = loop.getBegin().get().line;
    int column = loop.getBegin().get().column;
    report.add(analysis.rule, Level.ERROR, line, column, line, column + keyword.length(), message);
  }

  /**
   * For a retry helper such as {@code <T> T withRetries(Supplier<T> task)} whose try runs a task it
   * is given ({@code task.get()}): the SDK that a caller in this file passes a task for.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
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
        .filter(call -> analysis.sameClassMethods(call).stream().anyMatch(m -> m == helper.get()))
        .flatMap(call -> taskPositions.stream().map(call::getArgument))
        .map(this::sdkOfTask)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The SDK a task sends a request to: a lambda, or a reference to a method of the same class. */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private Optional<Catalog.Sdk> sdkOfTask(Expression task) {
    if (task instanceof LambdaExpr lambda) {
      return analysis.sdkCalledIn(lambda.getBody());
    }
    if (task instanceof MethodReferenceExpr reference && reference.getScope() instanceof ThisExpr) {
      return reference.findAncestor(TypeDeclaration.class).stream()
          .flatMap(
              type ->
                  ((TypeDeclaration<?>) type).getMethodsByName(reference.getIdentifier()).stream())
          .map(analysis::sdkCalledBy)
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
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
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
        loop.findAll(ArrayAccessExpr.class).stream().anyMatch(a -> isOneOf(a.getIndex(), variables))
            || loop.findAll(MethodCallExpr.class).stream()
                .anyMatch(
                    m ->
                        m.getNameAsString().equals("get")
                            && m.getArguments().size() == 1
                            && isOneOf(m.getArgument(0), variables));
    boolean dispatches =
        loop.findAll(IfStmt.class).stream()
                .filter(
                    i ->
                        i.findAncestor(CatchClause.class)
                            .filter(c -> c.isDescendantOf(loop))
                            .isEmpty())
                .anyMatch(
                    i ->
                        i.getCondition() instanceof BinaryExpr b
                            && b.getOperator() == BinaryExpr.Operator.EQUALS
                            && (isOneOf(b.getLeft(), variables)
                                || isOneOf(b.getRight(), variables)))
            || loop.findAll(SwitchStmt.class).stream()
                .anyMatch(s -> isOneOf(s.getSelector(), variables));
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
      HandlerFlow.Exit exit =
          analysis.flow(sdk).exit(s, ""); // no error variable here: every condition is EITHER
      if (exit != HandlerFlow.Exit.FALLS) {
        return exit == HandlerFlow.Exit.LEAVES;
      }
    }
    return false;
  }
}
