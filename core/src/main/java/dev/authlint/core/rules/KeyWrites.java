package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.authlint.core.java.JavaUnit;
import java.util.Optional;

/**
 * Writes of a key where a client may read it: a system property set, a variable put into a
 * ProcessBuilder's environment, dotenv entries loaded into system properties.
 */
final class KeyWrites {
  private static final String SYSTEM = "java.lang.System";
  private static final String PROCESS_BUILDER = "java.lang.ProcessBuilder";

  private KeyWrites() {}

  /** The constant name in {@code System.setProperty(name, value)}. */
  static Optional<String> systemPropertySet(JavaUnit unit, MethodCallExpr call) {
    if (!call.getNameAsString().equals("setProperty")
        || call.getArguments().size() != 2
        || call.getScope().isEmpty()
        || !unit.rootType(call.getScope().get()).filter(SYSTEM::equals).isPresent()) {
      return Optional.empty();
    }
    return unit.constant(call.getArgument(0)).map(JavaUnit.Constant::value);
  }

  /**
   * The constant name in {@code builder.environment().put(name, value)} (or through a variable
   * holding the map) when no process is started from that builder.
   */
  static Optional<String> unstartedEnvironmentPut(JavaUnit unit, MethodCallExpr call) {
    if (!call.getNameAsString().equals("put")
        || call.getArguments().size() != 2
        || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    Expression map = call.getScope().get();
    if (map instanceof NameExpr name) {
      map = unit.declarationOf(name).flatMap(JavaUnit.Declaration::initializer).orElse(map);
    }
    if (!(map instanceof MethodCallExpr environment)
        || !environment.getNameAsString().equals("environment")
        || environment.getScope().isEmpty()
        || !unit.rootType(environment.getScope().get()).filter(PROCESS_BUILDER::equals).isPresent()
        || mayBeStarted(unit, environment.getScope().get())) {
      return Optional.empty();
    }
    return unit.constant(call.getArgument(0)).map(JavaUnit.Constant::value);
  }

  /**
   * Whether a process may be started from this builder: it is started, or it leaves the code this
   * file shows (a parameter, an argument, a returned value). A builder created and dropped in one
   * chain never starts.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private static boolean mayBeStarted(JavaUnit unit, Expression builder) {
    Expression root = builder;
    while (root instanceof MethodCallExpr chained && chained.getScope().isPresent()) {
      root = chained.getScope().get();
    }
    if (root instanceof ObjectCreationExpr) {
      return false;
    }
    if (!(root instanceof NameExpr name)) {
      return true;
    }
    Optional<JavaUnit.Declaration> declaration = unit.declarationOf(name);
    if (declaration.isEmpty() || declaration.get().node() instanceof Parameter) {
      return true;
    }
    Node declared = declaration.get().node();
    Node scope =
        declared
            .findAncestor(CallableDeclaration.class)
            .map(Node.class::cast)
            .or(() -> declared.findAncestor(TypeDeclaration.class))
            .orElse(unit.cu());
    boolean field = declared.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent();
    String id = name.getNameAsString();
    for (Expression use : scope.findAll(Expression.class)) {
      boolean sameVariable =
          (use instanceof NameExpr n
                  && n.getNameAsString().equals(id)
                  && unit.declarationOf(n).filter(d -> d.node() == declared).isPresent())
              || (field
                  && use instanceof FieldAccessExpr f
                  && f.getScope() instanceof ThisExpr
                  && f.getNameAsString().equals(id));
      if (sameVariable && startsOrEscapes(use)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsOrEscapes(Expression use) {
    Expression top = use;
    while (top.getParentNode().orElse(null) instanceof MethodCallExpr call
        && call.getScope().orElse(null) == top) {
      if (call.getNameAsString().equals("start")) {
        return true;
      }
      top = call;
    }
    Node parent = top.getParentNode().orElse(null);
    boolean assignedTo = parent instanceof AssignExpr a && a.getTarget() == top;
    boolean usedForItsEnvironment =
        top instanceof MethodCallExpr m && m.getNameAsString().equals("environment");
    return !(parent instanceof ExpressionStmt || assignedTo || usedForItsEnvironment);
  }

  /** {@code Dotenv.configure()…systemProperties()…load()}. */
  static boolean loadsIntoSystemProperties(JavaUnit unit, MethodCallExpr call) {
    if (!call.getNameAsString().equals("load")
        || call.getScope().isEmpty()
        || !unit.rootType(call)
            .filter(unit.catalog().frameworks().dotenvTypes()::contains)
            .isPresent()) {
      return false;
    }
    for (Expression e = call; e instanceof MethodCallExpr m; e = m.getScope().orElse(null)) {
      if (m.getNameAsString().equals("systemProperties")) {
        return true;
      }
    }
    return false;
  }
}
