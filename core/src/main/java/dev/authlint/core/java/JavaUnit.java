package dev.authlint.core.java;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.ProjectModel;
import java.util.Optional;

/**
 * One parsed Java file and what can be known about its names from the file alone: which declaration
 * a name refers to, the declared type of an expression, and the value of constant string
 * expressions.
 */
public final class JavaUnit {
  private static final int MAX_DEPTH = 32;

  private final SourceFile file;
  private final CompilationUnit cu;
  private final Catalog catalog;
  private final ProjectModel project;
  private final TypeNames typeNames;

  /** Facts several rules derive from this file, made once; a unit is analysed by one thread. */
  private final java.util.Map<Class<?>, Object> derived = new java.util.HashMap<>();

  /** The file's types, in the order they are written; listed on first use. */
  @SuppressWarnings("rawtypes") // what JavaParser's findAll gives for a generic node type
  private java.util.List<TypeDeclaration> types;

  /** The first method of each name in the file; listed on first use. */
  private java.util.Map<String, MethodDeclaration> firstMethodNamed;

  public JavaUnit(SourceFile file, CompilationUnit cu, Catalog catalog, ProjectModel project) {
    this.file = file;
    this.cu = cu;
    this.catalog = catalog;
    this.project = project;
    this.typeNames = new TypeNames(cu, catalog);
  }

  public SourceFile file() {
    return file;
  }

  public CompilationUnit cu() {
    return cu;
  }

  public Catalog catalog() {
    return catalog;
  }

  /** What the rest of the project says about this file. */
  public ProjectModel project() {
    return project;
  }

  public TypeNames typeNames() {
    return typeNames;
  }

  /** The one instance of a helper of this file, made on first use, so that rules share its work. */
  <T> T derived(Class<T> type, java.util.function.Function<JavaUnit, T> make) {
    Object known = derived.get(type);
    if (known == null) {
      known = make.apply(this);
      derived.put(type, known);
    }
    return type.cast(known);
  }

  /** A variable declaration a name refers to: its declared type and, if any, its initializer. */
  public record Declaration(
      Node node, Type type, Optional<Expression> initializer, boolean isFinal) {}

  /** A constant string value and the expression it was written as. */
  public record Constant(String value, Expression origin) {}

  // ---- names ------------------------------------------------------------------------------------

  /**
   * The declaration of the variable a simple name refers to at this point, if the file declares it.
   */
  public Optional<Declaration> declarationOf(NameExpr name) {
    String id = name.getNameAsString();
    for (Node scope = name.getParentNode().orElse(null);
        scope != null;
        scope = scope.getParentNode().orElse(null)) {
      Optional<Declaration> found = declaredIn(scope, id, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The declaration of a variable written {@code name} or {@code this.name}, if the file declares
   * it.
   */
  public Optional<Declaration> declarationOfVariable(Expression e) {
    if (e instanceof NameExpr name) {
      return declarationOf(name);
    }
    if (e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return anyFieldNamed(access.getNameAsString());
    }
    return Optional.empty();
  }

  private Optional<Declaration> declaredIn(Node scope, String id, Node use) {
    if (scope instanceof BlockStmt block) {
      for (Statement statement : block.getStatements()) {
        if (isAfter(statement, use)) {
          break;
        }
        if (statement instanceof ExpressionStmt es
            && es.getExpression() instanceof VariableDeclarationExpr vde) {
          Optional<Declaration> d = fromDeclarators(vde.getVariables(), id, vde.isFinal());
          if (d.isPresent()) {
            return d;
          }
        }
      }
    } else if (scope instanceof CallableDeclaration<?> callable) {
      return fromParameters(callable.getParameters(), id);
    } else if (scope instanceof LambdaExpr lambda) {
      return fromParameters(lambda.getParameters(), id);
    } else if (scope instanceof CatchClause clause) {
      return fromParameters(new NodeList<>(clause.getParameter()), id);
    } else if (scope instanceof ForEachStmt forEach) {
      return fromDeclarators(forEach.getVariable().getVariables(), id, false);
    } else if (scope instanceof ForStmt forStmt) {
      for (Expression init : forStmt.getInitialization()) {
        if (init instanceof VariableDeclarationExpr vde) {
          Optional<Declaration> d = fromDeclarators(vde.getVariables(), id, false);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    } else if (scope instanceof TryStmt tryStmt) {
      for (Expression resource : tryStmt.getResources()) {
        if (resource instanceof VariableDeclarationExpr vde) {
          Optional<Declaration> d = fromDeclarators(vde.getVariables(), id, true);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    } else if (scope instanceof TypeDeclaration<?> type) {
      return fieldOf(type, id);
    }
    return Optional.empty();
  }

  // Name lookups run for every name the rules follow, so these three walk without streams.
  private static boolean isAfter(Node candidate, Node use) {
    Range at = candidate.getRange().orElse(null);
    Range usedAt = use.getRange().orElse(null);
    return at != null && usedAt != null && at.begin.isAfter(usedAt.begin);
  }

  private static Optional<Declaration> fromDeclarators(
      NodeList<VariableDeclarator> declarators, String id, boolean isFinal) {
    for (VariableDeclarator v : declarators) {
      if (v.getNameAsString().equals(id)) {
        return Optional.of(new Declaration(v, v.getType(), v.getInitializer(), isFinal));
      }
    }
    return Optional.empty();
  }

  private static Optional<Declaration> fromParameters(NodeList<Parameter> parameters, String id) {
    for (Parameter p : parameters) {
      if (p.getNameAsString().equals(id)) {
        return Optional.of(new Declaration(p, p.getType(), Optional.empty(), p.isFinal()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Declaration> fieldOf(TypeDeclaration<?> type, String id) {
    // Interface fields are final whether or not they say so.
    boolean implicitlyFinal =
        type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface();
    for (FieldDeclaration field : type.getFields()) {
      Optional<Declaration> d =
          fromDeclarators(field.getVariables(), id, field.isFinal() || implicitlyFinal);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * A field with this name in any type of the file (for {@code Constants.KEY} and {@code
   * this.key}).
   */
  private Optional<Declaration> anyFieldNamed(String id) {
    if (types == null) {
      types = cu.findAll(TypeDeclaration.class);
    }
    for (TypeDeclaration<?> type : types) {
      Optional<Declaration> field = fieldOf(type, id);
      if (field.isPresent()) {
        return field;
      }
    }
    return Optional.empty();
  }

  // ---- types ------------------------------------------------------------------------------------

  /** Whether the file names this type: imports it, or writes its qualified name. */
  public boolean mentionsType(String qualifiedName) {
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    String pkg = qualifiedName.substring(0, Math.max(0, qualifiedName.lastIndexOf('.')));
    return cu.getImports().stream()
            .anyMatch(
                i ->
                    !i.isStatic()
                        && (i.getNameAsString().equals(qualifiedName)
                            || (i.isAsterisk()
                                && i.getNameAsString().equals(pkg)
                                && file.text().contains(simple))))
        || file.text().contains(qualifiedName);
  }

  /**
   * The qualified type an expression starts from: for a call chain such as {@code
   * OpenAIOkHttpClient.builder().apiKey(k)}, the type at its root ({@code OpenAIOkHttpClient}); for
   * a variable, its declared type.
   */
  public Optional<String> rootType(Expression expression) {
    return rootType(expression, 0);
  }

  private Optional<String> rootType(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (e instanceof MethodCallExpr call) {
      if (call.getScope().isPresent()) {
        return rootType(call.getScope().get(), depth + 1);
      }
      return returnTypeOfLocalMethod(call);
    }
    if (e instanceof EnclosedExpr enclosed) {
      return rootType(enclosed.getInner(), depth + 1);
    }
    if (e instanceof ObjectCreationExpr creation) {
      return Optional.of(resolve(creation.getType()));
    }
    if (e instanceof NameExpr name) {
      Optional<Declaration> declaration = declarationOf(name);
      if (declaration.isPresent()) {
        return typeOfDeclaration(declaration.get(), depth);
      }
      return Optional.of(typeNames.resolve(name.getNameAsString()));
    }
    if (e instanceof FieldAccessExpr access) {
      if (access.getScope() instanceof ThisExpr) {
        return anyFieldNamed(access.getNameAsString()).flatMap(d -> typeOfDeclaration(d, depth));
      }
      return Optional.of(typeNames.resolve(access.toString()));
    }
    return Optional.empty();
  }

  private Optional<String> typeOfDeclaration(Declaration declaration, int depth) {
    if (declaration.type().isVarType()) {
      return declaration.initializer().flatMap(init -> rootType(init, depth + 1));
    }
    return Optional.of(resolve(declaration.type()));
  }

  private Optional<String> returnTypeOfLocalMethod(MethodCallExpr call) {
    return Optional.ofNullable(firstMethodNamed().get(call.getNameAsString()))
        .filter(m -> !m.getType().isVoidType())
        .map(m -> resolve(m.getType()));
  }

  /** Whether the file declares a method of this name. */
  public boolean declaresMethod(String name) {
    return firstMethodNamed().containsKey(name);
  }

  private java.util.Map<String, MethodDeclaration> firstMethodNamed() {
    if (firstMethodNamed == null) {
      firstMethodNamed = new java.util.HashMap<>();
      for (MethodDeclaration method : cu.findAll(MethodDeclaration.class)) {
        firstMethodNamed.putIfAbsent(method.getNameAsString(), method);
      }
    }
    return firstMethodNamed;
  }

  /** The qualified name of a written type, without type arguments. */
  public String resolve(Type type) {
    String written =
        type.isClassOrInterfaceType()
            ? type.asClassOrInterfaceType().getNameWithScope()
            : type.asString();
    return typeNames.resolve(written);
  }

  // ---- constants --------------------------------------------------------------------------------

  /**
   * The value of a constant string expression: literals, text blocks, concatenations, and names of
   * final fields or never-reassigned local variables initialised with such an expression.
   */
  public Optional<Constant> constant(Expression e) {
    return constant(e, 0).map(v -> new Constant(v, originOf(e, 0)));
  }

  private Optional<String> constant(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (e instanceof StringLiteralExpr literal) {
      return Optional.of(literal.asString());
    }
    if (e instanceof TextBlockLiteralExpr block) {
      return Optional.of(block.asString());
    }
    if (e instanceof EnclosedExpr enclosed) {
      return constant(enclosed.getInner(), depth + 1);
    }
    if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<String> left = constant(binary.getLeft(), depth + 1);
      Optional<String> right = constant(binary.getRight(), depth + 1);
      return left.isPresent() && right.isPresent()
          ? Optional.of(left.get() + right.get())
          : Optional.empty();
    }
    return constantDeclaration(e)
        .flatMap(d -> d.initializer())
        .flatMap(i -> constant(i, depth + 1));
  }

  /** Where a constant was written: the literal behind a name, else the expression itself. */
  private Expression originOf(Expression e, int depth) {
    if (depth <= MAX_DEPTH) {
      Optional<Expression> init = constantDeclaration(e).flatMap(Declaration::initializer);
      if (init.isPresent()) {
        return originOf(init.get(), depth + 1);
      }
    }
    return e;
  }

  private Optional<Declaration> constantDeclaration(Expression e) {
    Optional<Declaration> declaration = Optional.empty();
    if (e instanceof NameExpr name) {
      declaration = declarationOf(name);
    } else if (e instanceof FieldAccessExpr access
        && (access.getScope() instanceof ThisExpr
            || access.getScope() instanceof NameExpr
            || access.getScope() instanceof FieldAccessExpr)) {
      declaration = anyFieldNamed(access.getNameAsString());
    }
    return declaration.filter(this::neverReassigned);
  }

  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private boolean neverReassigned(Declaration d) {
    if (d.isFinal()) {
      return true;
    }
    if (!(d.node() instanceof VariableDeclarator v) || isField(v)) {
      return false;
    }
    String id = v.getNameAsString();
    Node body = v.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(cu);
    return body.findAll(AssignExpr.class).stream()
        .noneMatch(a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(id));
  }

  private static boolean isField(VariableDeclarator v) {
    return v.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent();
  }
}
