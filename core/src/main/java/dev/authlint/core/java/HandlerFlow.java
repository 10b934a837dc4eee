package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the code that receives a failure (a catch block, a future's error handler, a retry predicate)
 * behaves for an HTTP 401, read from that code alone: which branches run, whether it leaves, goes
 * round a loop or runs on, whether it throws the failure on, and whether it reaches a given
 * statement. Tests of the error are read where they are plain: {@code e instanceof X}, {@code
 * e.statusCode() == 401}, {@code HttpStatus.UNAUTHORIZED.value() == e.code()}; other tests of it
 * are trusted as the developer's.
 */
public final class HandlerFlow {
  private static final int AUTH_STATUS = 401;

  /** How control leaves a handler for a 401, from the handler's code alone. */
  public enum Exit {
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
  public enum Truth {
    TRUE,
    FALSE,
    /** Does not depend on the error: either value may hold at a 401. */
    EITHER,
    /** Depends on the error in a way this rule cannot read. */
    UNKNOWN
  }

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

  /** Spring's {@code HttpStatus} names of the statuses retry code tests. */
  private static final Map<String, Integer> STATUS_NAMES =
      Map.ofEntries(
          Map.entry("BAD_REQUEST", 400),
          Map.entry("UNAUTHORIZED", 401),
          Map.entry("FORBIDDEN", 403),
          Map.entry("NOT_FOUND", 404),
          Map.entry("REQUEST_TIMEOUT", 408),
          Map.entry("CONFLICT", 409),
          Map.entry("TOO_MANY_REQUESTS", 429),
          Map.entry("INTERNAL_SERVER_ERROR", 500),
          Map.entry("BAD_GATEWAY", 502),
          Map.entry("SERVICE_UNAVAILABLE", 503),
          Map.entry("GATEWAY_TIMEOUT", 504));

  private final JavaUnit unit;
  private final Predicate<String> covers;

  /**
   * The attempt counters of a recursive retry: +1 for one that counts up, -1 for one that counts
   * down.
   */
  private final Map<String, Integer> counters;

  /** {@code covers} tells whether a type (caught or tested) includes the 401's exception type. */
  public HandlerFlow(JavaUnit unit, Predicate<String> covers) {
    this(unit, covers, Map.of());
  }

  private HandlerFlow(JavaUnit unit, Predicate<String> covers, Map<String, Integer> counters) {
    this.unit = unit;
    this.covers = covers;
    this.counters = counters;
  }

  /**
   * The same flow on a recursive retry's first attempt, when a 401 comes first: a counter that
   * counts up has not passed its limit ({@code retries > MAX} is false), one that counts down has
   * not reached its end ({@code left <= 0} is false).
   */
  public HandlerFlow onFirstAttempt(Map<String, Integer> counters) {
    return new HandlerFlow(unit, covers, Map.copyOf(counters));
  }

  /**
   * Whether a handler's code may throw the failure it received on, for a 401: a {@code throw error}
   * on a path a 401 can take.
   */
  public boolean mayRethrow(Statement s, String error) {
    if (s instanceof ThrowStmt thrown) {
      return thrown.getExpression() instanceof NameExpr name
          && name.getNameAsString().equals(error);
    }
    if (s instanceof BlockStmt block) {
      for (Statement inner : block.getStatements()) {
        if (mayRethrow(inner, error)) {
          return true;
        }
        if (exit(inner, error) == Exit.LEAVES) {
          return false;
        }
      }
      return false;
    }
    if (s instanceof IfStmt ifStmt) {
      Truth truth = truth(ifStmt.getCondition(), error);
      boolean then = truth != Truth.FALSE && mayRethrow(ifStmt.getThenStmt(), error);
      boolean otherwise =
          truth != Truth.TRUE && ifStmt.getElseStmt().map(e -> mayRethrow(e, error)).orElse(false);
      return then || otherwise;
    }
    return s.findAll(ThrowStmt.class).stream()
        .anyMatch(
            t ->
                t.getExpression() instanceof NameExpr name && name.getNameAsString().equals(error));
  }

  /** Whether, for a 401, control in a handler body reaches the statement holding {@code target}. */
  public boolean reaches(Statement body, Node target, String error) {
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
          if (exit(s, error) != Exit.FALLS) {
            return false;
          }
        }
      } else if (at instanceof IfStmt ifStmt && next != ifStmt.getCondition()) {
        if (!branchTaken(ifStmt.getCondition(), next == ifStmt.getThenStmt(), error)) {
          return false;
        }
      } else if (at instanceof ConditionalExpr choice && next != choice.getCondition()) {
        if (!branchTaken(choice.getCondition(), next == choice.getThenExpr(), error)) {
          return false;
        }
      }
      at = next;
    }
    return true;
  }

  /** Whether a branch may run for a 401; a test of the error this rule cannot read is trusted. */
  private boolean branchTaken(Expression condition, boolean thenBranch, String error) {
    Truth truth = truth(condition, error);
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

  public static boolean goesOn(Exit exit) {
    return exit == Exit.ROUND || exit == Exit.FALLS;
  }

  /** How a statement of a handler ends for a 401 caught as {@code error}. */
  public Exit exit(Statement s, String error) {
    if (s instanceof ThrowStmt || s instanceof ReturnStmt || s instanceof BreakStmt) {
      return Exit.LEAVES;
    }
    if (s instanceof ContinueStmt) {
      return Exit.ROUND;
    }
    if (s instanceof BlockStmt block) {
      for (Statement inner : block.getStatements()) {
        Exit exit = exit(inner, error);
        if (exit != Exit.FALLS) {
          return exit;
        }
      }
      return Exit.FALLS;
    }
    if (s instanceof IfStmt ifStmt) {
      Exit then = exit(ifStmt.getThenStmt(), error);
      Exit otherwise = ifStmt.getElseStmt().map(e -> exit(e, error)).orElse(Exit.FALLS);
      return switch (truth(ifStmt.getCondition(), error)) {
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

  public Truth truth(Expression e, String error) {
    if (e instanceof EnclosedExpr enclosed) {
      return truth(enclosed.getInner(), error);
    }
    if (e instanceof BooleanLiteralExpr literal) {
      return literal.getValue() ? Truth.TRUE : Truth.FALSE;
    }
    if (e instanceof UnaryExpr unary
        && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      Truth inner = truth(unary.getExpression(), error);
      return inner == Truth.TRUE ? Truth.FALSE : inner == Truth.FALSE ? Truth.TRUE : inner;
    }
    if (e instanceof InstanceOfExpr test && mentions(test.getExpression(), error)) {
      return covers.test(unit.resolve(test.getType())) ? Truth.TRUE : Truth.FALSE;
    }
    if (e instanceof BinaryExpr binary) {
      Optional<Truth> known =
          switch (binary.getOperator()) {
            case AND ->
                Optional.of(and(truth(binary.getLeft(), error), truth(binary.getRight(), error)));
            case OR ->
                Optional.of(or(truth(binary.getLeft(), error), truth(binary.getRight(), error)));
            default -> comparison(binary, error).or(() -> counterComparison(binary));
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
    boolean flipped =
        isStatusOf(right, error) || (right instanceof NameExpr && !isStatusOf(left, error));
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
    Optional<Integer> constant = statusValue(value);
    if (!isStatusOf(subject, error) || constant.isEmpty()) {
      return Optional.empty();
    }
    int status = constant.get();
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

  /**
   * {@code retries > MAX_RETRIES}, {@code attemptsLeft > 0} on a first attempt (see {@link
   * #onFirstAttempt}).
   */
  private Optional<Truth> counterComparison(BinaryExpr binary) {
    BinaryExpr.Operator op = binary.getOperator();
    String counter = binary.getLeft() instanceof NameExpr n ? n.getNameAsString() : null;
    if (counter == null || !counters.containsKey(counter)) {
      counter = binary.getRight() instanceof NameExpr n ? n.getNameAsString() : null;
      op =
          switch (op) { // limit < count reads as count > limit
            case LESS -> BinaryExpr.Operator.GREATER;
            case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
            case GREATER -> BinaryExpr.Operator.LESS;
            case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
            default -> op;
          };
    }
    Integer direction = counter == null ? null : counters.get(counter);
    if (direction == null) {
      return Optional.empty();
    }
    boolean above = op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.GREATER_EQUALS;
    boolean below = op == BinaryExpr.Operator.LESS || op == BinaryExpr.Operator.LESS_EQUALS;
    if (!above && !below) {
      return Optional.empty();
    }
    // Counting up, a first attempt is below the limit; counting down, above the end.
    return Optional.of(above == (direction > 0) ? Truth.FALSE : Truth.TRUE);
  }

  /**
   * {@code 429}, {@code HttpStatus.TOO_MANY_REQUESTS.value()}, {@code
   * HttpStatus.TOO_MANY_REQUESTS}.
   */
  private static Optional<Integer> statusValue(Expression e) {
    if (e instanceof IntegerLiteralExpr literal) {
      return Optional.of(literal.asNumber().intValue());
    }
    Expression named =
        e instanceof MethodCallExpr call
                && call.getNameAsString().equals("value")
                && call.getArguments().isEmpty()
            ? call.getScope().orElse(e)
            : e;
    return named instanceof FieldAccessExpr field
        ? Optional.ofNullable(STATUS_NAMES.get(field.getNameAsString()))
        : Optional.empty();
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
        || (inner instanceof NameExpr n && n.getNameAsString().equals(error));
  }

  /** What a predicate on the exception returns for a 401. */
  public Truth predicateTruth(LambdaExpr lambda) {
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
    Truth truth = result.map(r -> truth(r, error)).orElse(Truth.UNKNOWN);
    return truth == Truth.EITHER ? Truth.UNKNOWN : truth;
  }
}
