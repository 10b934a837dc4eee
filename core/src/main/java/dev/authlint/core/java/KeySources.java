package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a value in one file comes from, followed back through variables, fields and the calls that
 * pass a string on unchanged: {@code System.getenv}, {@code System.getProperty}, a Spring
 * {@code @Value} placeholder, or a file read whole.
 */
public final class KeySources {
  private static final int MAX_DEPTH = 16;
  private static final Set<String> STRIPPING = Set.of("strip", "trim", "stripTrailing");

  /** Instance methods whose result is their receiver's value (Optional's, a string's). */
  private static final Set<String> PASS_RECEIVER =
      Set.of("orElse", "orElseThrow", "orElseGet", "intern", "toString");

  /** Static methods that return (one of) their arguments. */
  private static final Set<String> PASS_ARGUMENTS =
      Set.of("requireNonNull", "requireNonNullElse", "ofNullable", "of", "valueOf");

  /**
   * A whole {@code @Value} string that is one placeholder, {@code ${name}} or {@code
   * ${name:default}}.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::[^}]*)?}");

  public enum Kind {
    ENV,
    SYSTEM_PROPERTY,
    /** A Spring {@code @Value("${name}")}: a property, or an environment variable by that name. */
    SPRING_VALUE,
    /** The whole content of a file or stream, line break included. */
    FILE
  }

  /**
   * A value's origin: the variable or property {@code name} read (for a file, the method), the node
   * that names it, and whether the value was stripped of whitespace on its way.
   */
  public record Source(Kind kind, String name, Node node, boolean stripped) {}

  private final JavaUnit unit;

  public KeySources(JavaUnit unit) {
    this.unit = unit;
  }

  /** The origins of an expression's value that the file shows. */
  public List<Source> of(Expression e) {
    List<Source> sources = new ArrayList<>();
    trace(e, false, 0, Collections.newSetFromMap(new IdentityHashMap<>()), sources);
    return sources;
  }

  /**
   * The declarations of the variables, fields and parameters an expression's value passes through.
   */
  public Set<Node> variablesOf(Expression e) {
    Set<Node> variables = Collections.newSetFromMap(new IdentityHashMap<>());
    trace(e, false, 0, variables, new ArrayList<>());
    return variables;
  }

  private void trace(Expression e, boolean stripped, int depth, Set<Node> seen, List<Source> out) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (e instanceof EnclosedExpr enclosed) {
      trace(enclosed.getInner(), stripped, depth + 1, seen, out);
    } else if (e instanceof CastExpr cast) {
      trace(cast.getExpression(), stripped, depth + 1, seen, out);
    } else if (e instanceof ConditionalExpr conditional) {
      trace(conditional.getThenExpr(), stripped, depth + 1, seen, out);
      trace(conditional.getElseExpr(), stripped, depth + 1, seen, out);
    } else if (e instanceof MethodCallExpr call) {
      traceCall(call, stripped, depth, seen, out);
    } else if (e instanceof ObjectCreationExpr creation) {
      // new String(Files.readAllBytes(path)) and new String(in.readAllBytes(), UTF_8)
      if (unit.resolve(creation.getType()).equals("java.lang.String")
          && !creation.getArguments().isEmpty()
          && creation.getArgument(0) instanceof MethodCallExpr bytes
          && bytes.getNameAsString().equals("readAllBytes")) {
        out.add(new Source(Kind.FILE, "new String(readAllBytes())", creation, stripped));
      }
    } else if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
      unit.declarationOfVariable(e)
          .filter(d -> seen.add(d.node()))
          .ifPresent(d -> traceVariable(d, stripped, depth, seen, out));
    }
  }

  private void traceCall(
      MethodCallExpr call, boolean stripped, int depth, Set<Node> seen, List<Source> out) {
    String name = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return;
    }
    String scopeType = isTypeName(scope.get()) ? unit.rootType(scope.get()).orElse("") : "";
    if (scopeType.equals("java.lang.System")
        && (name.equals("getenv") || name.equals("getProperty"))
        && !call.getArguments().isEmpty()) {
      Kind kind = name.equals("getenv") ? Kind.ENV : Kind.SYSTEM_PROPERTY;
      Expression variable = call.getArgument(0);
      unit.constant(variable)
          .ifPresent(c -> out.add(new Source(kind, c.value(), c.origin(), stripped)));
    } else if (scopeType.equals("java.nio.file.Files") && name.equals("readString")) {
      out.add(new Source(Kind.FILE, "Files.readString(..)", call, stripped));
    } else if (STRIPPING.contains(name) && call.getArguments().isEmpty()) {
      trace(scope.get(), true, depth + 1, seen, out);
    } else if (PASS_RECEIVER.contains(name)) {
      trace(scope.get(), stripped, depth + 1, seen, out);
      if (name.equals("orElse")) {
        call.getArguments().forEach(a -> trace(a, stripped, depth + 1, seen, out));
      }
    } else if (PASS_ARGUMENTS.contains(name)
        && !scopeType.isEmpty()
        && !call.getArguments().isEmpty()) {
      int passed = name.equals("requireNonNullElse") ? 2 : 1;
      call.getArguments().stream()
          .limit(passed)
          .forEach(a -> trace(a, stripped, depth + 1, seen, out));
    }
  }

  /**
   * A name that is not a variable of the file, so a type such as {@code System} or {@code Files}.
   */
  private boolean isTypeName(Expression scope) {
    return (scope instanceof NameExpr || scope instanceof FieldAccessExpr)
        && unit.declarationOfVariable(scope).isEmpty();
  }

  private void traceVariable(
      JavaUnit.Declaration d, boolean stripped, int depth, Set<Node> seen, List<Source> out) {
    Node node = d.node();
    annotations(node)
        .flatMap(this::springValue)
        .ifPresent(v -> out.add(new Source(Kind.SPRING_VALUE, v.name(), v.literal(), stripped)));
    if (!(node instanceof VariableDeclarator declarator)) {
      return;
    }
    d.initializer().ifPresent(i -> trace(i, stripped, depth + 1, seen, out));
    String id = declarator.getNameAsString();
    for (AssignExpr assign : unit.cu().findAll(AssignExpr.class)) {
      Expression target = assign.getTarget();
      boolean sameName =
          (target instanceof NameExpr n && n.getNameAsString().equals(id))
              || (target instanceof FieldAccessExpr f && f.getNameAsString().equals(id));
      if (sameName
          && assign.getOperator() == AssignExpr.Operator.ASSIGN
          && unit.declarationOfVariable(target).map(JavaUnit.Declaration::node).orElse(null)
              == node) {
        trace(assign.getValue(), stripped, depth + 1, seen, out);
      }
    }
  }

  /** The placeholder of a Spring {@code @Value} annotation and the literal it is written in. */
  public record ValuePlaceholder(String name, StringLiteralExpr literal) {}

  /** The property a Spring {@code @Value("${name}")} on this declaration reads, if it reads one. */
  public Optional<ValuePlaceholder> springValue(NodeWithAnnotations<?> declaration) {
    return springValueText(declaration)
        .flatMap(
            literal -> {
              Matcher m = PLACEHOLDER.matcher(literal.asString());
              return m.matches()
                  ? Optional.of(new ValuePlaceholder(m.group(1).strip(), literal))
                  : Optional.empty();
            });
  }

  /**
   * The text of a Spring {@code @Value} on a variable, field or parameter declaration (a node that
   * {@link #variablesOf} gives) that Spring injects as it is: no {@code ${..}} and no {@code
   * #{..}}.
   */
  public Optional<StringLiteralExpr> literalSpringValue(Node declaration) {
    return annotations(declaration)
        .flatMap(this::springValueText)
        .filter(
            literal -> !literal.asString().contains("${") && !literal.asString().contains("#{"));
  }

  /** Where the annotations of a parameter or of a field's variable are written. */
  private static Optional<NodeWithAnnotations<?>> annotations(Node declaration) {
    return declaration instanceof Parameter p
        ? Optional.of(p)
        : declaration
            .getParentNode()
            .filter(FieldDeclaration.class::isInstance)
            .map(f -> (NodeWithAnnotations<?>) f);
  }

  private Optional<StringLiteralExpr> springValueText(NodeWithAnnotations<?> declaration) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      if (!unit.catalog()
          .frameworks()
          .configValueAnnotations()
          .contains(unit.typeNames().resolve(annotation.getNameAsString()))) {
        continue;
      }
      Optional<Expression> value = Optional.empty();
      if (annotation instanceof SingleMemberAnnotationExpr single) {
        value = Optional.of(single.getMemberValue());
      } else if (annotation instanceof NormalAnnotationExpr normal) {
        value =
            normal.getPairs().stream()
                .filter(p -> p.getNameAsString().equals("value"))
                .findFirst()
                .map(p -> p.getValue());
      }
      if (value.orElse(null) instanceof StringLiteralExpr literal) {
        return Optional.of(literal);
      }
    }
    return Optional.empty();
  }
}
