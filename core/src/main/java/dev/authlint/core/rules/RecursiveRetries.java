package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.java.JavaUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A method that sends an SDK request and calls itself again from a catch or error handler of the
 * 401.
 */
final class RecursiveRetries {
  private final RetryAnalysis analysis;
  private final JavaUnit unit;
  private final Catalog catalog;
  private final FileReport report;

  RecursiveRetries(RetryAnalysis analysis) {
    this.analysis = analysis;
    this.unit = analysis.unit;
    this.catalog = analysis.catalog;
    this.report = analysis.report;
  }

  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  void recursiveRetries() {
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      Optional<MethodDeclaration> method = call.findAncestor(MethodDeclaration.class);
      if (method.isEmpty()
          || !method.get().getNameAsString().equals(call.getNameAsString())
          || method.get().getParameters().size() != call.getArguments().size()
          || call.getScope().filter(s -> !(s instanceof ThisExpr)).isPresent()) {
        continue;
      }
      Optional<Catalog.Sdk> sdk = analysis.sdkCalledBy(method.get());
      if (sdk.isPresent()
          && retriedFromHandler(call, method.get(), sdk.get())
          && analysis.firstFindingAt(call)) {
        String exception = analysis.failure(sdk.get()).adviceNames(" or ");
        report.add(
            analysis.rule,
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
        return analysis.catchOf401(tryStmt, sdk).filter(c -> c == clause).isPresent()
            && analysis.sdkCalledIn(tryStmt.getTryBlock()).isPresent()
            && analysis
                .flow(sdk)
                .onFirstAttempt(counters(call, method))
                .reaches(clause.getBody(), call, clause.getParameter().getNameAsString());
      }
      if (n instanceof LambdaExpr lambda
          && lambda.getParentNode().orElse(null) instanceof MethodCallExpr handler
          && catalog.frameworks().async().errorHandlers().contains(handler.getNameAsString())
          && !lambda.getParameters().isEmpty()) {
        String error = lambda.getParameters().getLast().get().getNameAsString();
        return analysis
            .flow(sdk)
            .onFirstAttempt(counters(call, method))
            .reaches(lambda.getBody(), call, error);
      }
    }
    return false;
  }

  /**
   * The parameters a recursive call passes on counted: {@code retries + 1} or {@code ++retries}
   * counts up (+1), {@code left - 1} or {@code --left} counts down (-1).
   */
  private static Map<String, Integer> counters(MethodCallExpr call, MethodDeclaration method) {
    Map<String, Integer> counters = new HashMap<>();
    for (int i = 0; i < call.getArguments().size(); i++) {
      String parameter = method.getParameter(i).getNameAsString();
      Expression argument = call.getArgument(i);
      int direction = 0;
      if (argument instanceof BinaryExpr step
          && step.getLeft() instanceof NameExpr name
          && name.getNameAsString().equals(parameter)
          && step.getRight() instanceof IntegerLiteralExpr) {
        direction =
            step.getOperator() == BinaryExpr.Operator.PLUS
                ? 1
                : step.getOperator() == BinaryExpr.Operator.MINUS ? -1 : 0;
      } else if (argument instanceof UnaryExpr step
          && step.getExpression() instanceof NameExpr name
          && name.getNameAsString().equals(parameter)) {
        direction =
            switch (step.getOperator()) {
              case PREFIX_INCREMENT, POSTFIX_INCREMENT -> 1;
              case PREFIX_DECREMENT, POSTFIX_DECREMENT -> -1;
              default -> 0;
            };
      }
      if (direction != 0) {
        counters.put(parameter, direction);
      }
    }
    return counters;
  }
}
