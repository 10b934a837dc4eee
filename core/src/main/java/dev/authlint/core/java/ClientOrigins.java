package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.FileSummary.Unseen;
import dev.authlint.core.project.Injection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which providers a client or model value can be, followed back within one file from where it is
 * used to where it was made: {@code new}, a builder or static factory of a provider class, a
 * variable or field and the values assigned to it, a local method's return values, and the models
 * given to AI services, chains, vector stores and Spring AI's ChatClient. Where the value comes
 * from outside the file (an injected bean, a parameter, another class's method) it is
 * <em>unseen</em>.
 */
public final class ClientOrigins {
  private static final int MAX_DEPTH = 24;
  private static final Pattern LOCAL_URL =
      Pattern.compile(
          "https?://(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1]|host\\.docker\\.internal)([:/]|$)");

  /** The providers seen, and the parts of the value's origins that are out of sight. */
  public record Origins(Set<Catalog.Provider> providers, Set<Unseen> unseenParts) {
    static final Origins UNSEEN = unseen(Unseen.UNKNOWN);
    static final Origins NONE = new Origins(Set.of(), Set.of());

    static Origins of(Catalog.Provider provider) {
      return new Origins(Set.of(provider), Set.of());
    }

    static Origins unseen(Unseen part) {
      return new Origins(Set.of(), Set.of(part));
    }

    /** Whether some origin is out of this file's sight. */
    public boolean unseen() {
      return !unseenParts.isEmpty();
    }

    Origins and(Origins other) {
      Set<Catalog.Provider> both = new LinkedHashSet<>(providers);
      both.addAll(other.providers);
      Set<Unseen> parts = new LinkedHashSet<>(unseenParts);
      parts.addAll(other.unseenParts);
      return new Origins(both, parts);
    }
  }

  private final JavaUnit unit;
  private final Catalog catalog;

  public ClientOrigins(JavaUnit unit) {
    this.unit = unit;
    this.catalog = unit.catalog();
  }

  /** Where the value of an expression (the receiver of a call, typically) was made. */
  public Origins of(Expression e) {
    return of(e, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /** Where the value of a variable, field or parameter was made. */
  public Origins of(JavaUnit.Declaration declaration) {
    return ofVariable(declaration, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private Origins of(Expression e, int depth, Set<Node> seen) {
    if (depth > MAX_DEPTH) {
      return Origins.UNSEEN;
    }
    if (e instanceof EnclosedExpr enclosed) {
      return of(enclosed.getInner(), depth + 1, seen);
    }
    if (e instanceof CastExpr cast) {
      return of(cast.getExpression(), depth + 1, seen);
    }
    if (e instanceof ConditionalExpr conditional) {
      return of(conditional.getThenExpr(), depth + 1, seen)
          .and(of(conditional.getElseExpr(), depth + 1, seen));
    }
    if (e instanceof ObjectCreationExpr creation) {
      String type = unit.resolve(creation.getType());
      return holder(type)
          .map(h -> arguments(h, "new", creation.getArguments(), depth, seen))
          .orElseGet(
              () -> pointsAtThisMachine(creation.getArguments()) ? localServer() : ofType(type));
    }
    if (e instanceof MethodCallExpr call) {
      return ofChain(call, depth, seen);
    }
    if (e instanceof NameExpr
        || (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr)) {
      Optional<JavaUnit.Declaration> declaration = unit.declarationOfVariable(e);
      if (declaration.isPresent()) {
        return ofVariable(declaration.get(), depth, seen);
      }
      Optional<String> inherited = inheritedFieldOwner(e);
      return inherited.isPresent()
          ? Origins.unseen(new Unseen(Unseen.Kind.FIELD, inherited.get(), nameOf(e)))
          : typeName(e).map(this::ofType).orElse(Origins.UNSEEN);
    }
    return Origins.UNSEEN;
  }

  /**
   * The class whose supertypes declare a field used by its simple name here but declared nowhere in
   * the file ({@code client} inherited from a base class in another file); empty for type names.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private Optional<String> inheritedFieldOwner(Expression e) {
    String name = nameOf(e);
    if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
      return Optional.empty();
    }
    return e.findAncestor(TypeDeclaration.class)
        .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName());
  }

  private static String nameOf(Expression e) {
    return e instanceof NameExpr n
        ? n.getNameAsString()
        : e instanceof FieldAccessExpr f ? f.getNameAsString() : "";
  }

  /** A call chain: what it starts from, and the models handed to a holder on the way. */
  private Origins ofChain(MethodCallExpr last, int depth, Set<Node> seen) {
    List<MethodCallExpr> chain = new ArrayList<>();
    Expression start = last;
    while (start instanceof MethodCallExpr call && call.getScope().isPresent()) {
      chain.add(0, call);
      start = call.getScope().get();
    }
    if (start instanceof MethodCallExpr local) { // a call without scope: a method of this class
      return ofLocalMethod(local, depth, seen);
    }
    Optional<String> ownType = projectTypeOf(start);
    if (ownType.isPresent()
        && !chain.isEmpty()) { // service.getClient(): what another class returns
      return Origins.unseen(
          new Unseen(Unseen.Kind.RESULT, ownType.get(), chain.get(0).getNameAsString()));
    }
    Optional<String> type = typeName(start);
    if (type.isPresent()
        && !chain.isEmpty()) { // a static factory: Type.builder()..., Type.create(..)
      Optional<Catalog.ModelHolder> holder = holder(type.get());
      if (holder.isPresent()) {
        MethodCallExpr factory = chain.get(0);
        return arguments(
                holder.get(), factory.getNameAsString(), factory.getArguments(), depth, seen)
            .and(setters(holder.get(), chain, depth, seen));
      }
      boolean local = chain.stream().anyMatch(c -> pointsAtThisMachine(c.getArguments()));
      return local ? localServer() : ofType(type.get());
    }
    return of(start, depth + 1, seen);
  }

  /**
   * The declared type of a variable that holds an object of a type no SDK owns (a project class),
   * whose methods' results another file may tell.
   */
  private Optional<String> projectTypeOf(Expression e) {
    return unit.declarationOfVariable(e)
        .filter(d -> !d.type().isVarType())
        .map(d -> unit.resolve(d.type()))
        .filter(type -> catalog.sdkOwning(type).isEmpty() && catalog.providerOf(type).isEmpty());
  }

  /**
   * A client built with a URL of this machine ({@code baseUrl("http://localhost:1234/v1")}) talks
   * to a local server (LM Studio, llama.cpp, vLLM), which takes no real key.
   */
  private boolean pointsAtThisMachine(List<Expression> arguments) {
    return arguments.stream()
        .map(unit::constant)
        .flatMap(Optional::stream)
        .anyMatch(c -> LOCAL_URL.matcher(c.value()).lookingAt());
  }

  private Origins localServer() {
    return Origins.of(catalog.provider("local-server"));
  }

  /**
   * The value of a variable, field or parameter: its type if that names a provider, else its
   * values.
   */
  private Origins ofVariable(JavaUnit.Declaration d, int depth, Set<Node> seen) {
    String type = d.type().isVarType() ? "" : unit.resolve(d.type());
    Optional<Catalog.Provider> provider =
        type.isEmpty() ? Optional.empty() : catalog.providerOf(type);
    if (provider.isPresent()) {
      return Origins.of(provider.get());
    }
    if (!seen.add(d.node())) {
      return Origins.NONE; // followed already, on another path or round a cycle
    }
    if (d.node() instanceof Parameter parameter) {
      return ofParameter(parameter, type, depth, seen);
    }
    if (!(d.node() instanceof VariableDeclarator declarator)) {
      return Origins.UNSEEN;
    }
    List<Expression> values = new ArrayList<>();
    d.initializer().ifPresent(values::add);
    for (AssignExpr assign : unit.cu().findAll(AssignExpr.class)) {
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN
          && unit.declarationOfVariable(assign.getTarget())
                  .map(JavaUnit.Declaration::node)
                  .orElse(null)
              == declarator) {
        values.add(assign.getValue());
      }
    }
    if (values.isEmpty()) {
      return injected(type, depth, seen); // injected, or set outside this file
    }
    Origins origins = Origins.NONE;
    for (Expression value : values) {
      origins = origins.and(of(value, depth + 1, seen));
    }
    return origins;
  }

  /**
   * A parameter: of a method only this file calls, the arguments its calls pass; of a method the
   * container calls ({@code @Bean} factories, constructors), the beans of its type.
   */
  private Origins ofParameter(Parameter parameter, String type, int depth, Set<Node> seen) {
    Node owner = parameter.getParentNode().orElse(null);
    if (owner instanceof MethodDeclaration method && method.isPrivate()) {
      int position = method.getParameters().indexOf(parameter);
      List<MethodCallExpr> calls =
          unit.cu()
              .findAll(
                  MethodCallExpr.class,
                  c ->
                      c.getNameAsString().equals(method.getNameAsString())
                          && c.getArguments().size() == method.getParameters().size()
                          && c.getScope().map(s -> s instanceof ThisExpr).orElse(true));
      if (!calls.isEmpty() && !parameter.isVarArgs()) {
        Origins origins = Origins.NONE;
        for (MethodCallExpr call : calls) {
          origins = origins.and(of(call.getArgument(position), depth + 1, seen));
        }
        return origins;
      }
    }
    return owner instanceof LambdaExpr ? Origins.UNSEEN : injected(type, depth, seen);
  }

  /**
   * A value the container injects: what the file's bean factories of that type return (a factory
   * whose type is a model or client class of the same kind counts). Unseen when the file makes
   * none.
   */
  private Origins injected(String type, int depth, Set<Node> seen) {
    if (type.isEmpty()) {
      return Origins.UNSEEN;
    }
    List<MethodDeclaration> factories =
        unit.cu()
            .findAll(
                MethodDeclaration.class,
                m ->
                    isBeanFactory(m)
                        && !seen.contains(m)
                        && Injection.injectable(unit.resolve(m.getType()), type));
    if (factories.isEmpty()) {
      return Origins.unseen(new Unseen(Unseen.Kind.INJECTED, type, ""));
    }
    Origins origins = Origins.NONE;
    for (MethodDeclaration factory : factories) {
      origins = origins.and(returned(factory, depth, seen));
    }
    return origins;
  }

  private boolean isBeanFactory(MethodDeclaration method) {
    return method.getAnnotations().stream()
        .anyMatch(
            a ->
                catalog
                    .frameworks()
                    .beanAnnotations()
                    .contains(unit.typeNames().resolve(a.getNameAsString())));
  }

  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private Origins ofLocalMethod(MethodCallExpr call, int depth, Set<Node> seen) {
    List<MethodDeclaration> methods =
        unit.cu()
            .findAll(
                MethodDeclaration.class,
                m ->
                    m.getNameAsString().equals(call.getNameAsString())
                        && m.getParameters().size() == call.getArguments().size()
                        && m.getBody().isPresent());
    if (methods.isEmpty()) { // inherited: the supertypes in other files may tell
      return call.findAncestor(TypeDeclaration.class)
          .flatMap(type -> ((TypeDeclaration<?>) type).getFullyQualifiedName())
          .map(
              owner ->
                  Origins.unseen(new Unseen(Unseen.Kind.RESULT, owner, call.getNameAsString())))
          .orElse(Origins.UNSEEN);
    }
    Origins origins = Origins.NONE;
    for (MethodDeclaration method : methods) {
      origins = origins.and(returned(method, depth, seen));
    }
    return origins;
  }

  /** The method or lambda a node's code belongs to. */
  private static Node enclosingFunction(Node node) {
    Node n = node.getParentNode().orElse(null);
    while (n != null && !(n instanceof MethodDeclaration) && !(n instanceof LambdaExpr)) {
      n = n.getParentNode().orElse(null);
    }
    return n;
  }

  /** What a method of this file returns. */
  private Origins returned(MethodDeclaration method, int depth, Set<Node> seen) {
    if (!seen.add(method) || method.getBody().isEmpty()) {
      return Origins.NONE;
    }
    Origins origins = Origins.NONE;
    for (ReturnStmt ret : method.getBody().get().findAll(ReturnStmt.class)) {
      if (enclosingFunction(ret) == method) {
        origins =
            origins.and(ret.getExpression().map(r -> of(r, depth + 1, seen)).orElse(Origins.NONE));
      }
    }
    return origins;
  }

  private Origins arguments(
      Catalog.ModelHolder holder,
      String method,
      List<Expression> arguments,
      int depth,
      Set<Node> seen) {
    Origins origins = Origins.NONE;
    boolean any = false;
    for (int position : holder.arguments().getOrDefault(method, List.of())) {
      if (position < arguments.size()) {
        origins = origins.and(of(arguments.get(position), depth + 1, seen));
        any = true;
      }
    }
    return any || !holder.setters().isEmpty() ? origins : Origins.UNSEEN;
  }

  private Origins setters(
      Catalog.ModelHolder holder, List<MethodCallExpr> chain, int depth, Set<Node> seen) {
    Origins origins = Origins.NONE;
    for (MethodCallExpr call : chain) {
      if (holder.setters().contains(call.getNameAsString()) && call.getArguments().size() == 1) {
        origins = origins.and(of(call.getArgument(0), depth + 1, seen));
      }
    }
    return origins;
  }

  /**
   * A value made by a class: its provider if the catalog knows one; else not one we can see into.
   */
  private Origins ofType(String type) {
    return catalog.providerOf(type).map(Origins::of).orElse(Origins.UNSEEN);
  }

  private Optional<Catalog.ModelHolder> holder(String type) {
    return catalog.sdks().stream()
        .filter(s -> s.networkCalls() != null)
        .flatMap(s -> s.networkCalls().modelHolders().stream())
        .filter(h -> h.covers(type))
        .findFirst();
  }

  /** The qualified type a name written as a scope stands for, when it is not a variable. */
  private Optional<String> typeName(Expression e) {
    String name = nameOf(e);
    boolean looksLikeAType = !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    if (looksLikeAType && unit.declarationOfVariable(e).isEmpty()) {
      return unit.rootType(e);
    }
    return Optional.empty();
  }
}
