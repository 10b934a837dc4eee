package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.FileSummary;
import dev.authlint.core.project.ProjectModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises, in one file, the calls that send a request to an LLM provider: a call chain that
 * starts at an SDK client and ends in one of the SDK's network calls, as the catalog's {@code
 * networkCalls} describe them. Types are resolved through the file's imports and declarations, so a
 * project's own class named {@code OpenAIClient} is not the SDK's.
 */
public final class SdkCalls {
  private static final int MAX_DEPTH = 32;
  private static final Set<String> OBJECT_METHODS =
      Set.of("equals", "hashCode", "toString", "getClass");

  /**
   * A network call; {@code async} when it returns a future or a reactive type instead of throwing.
   */
  public record NetworkCall(MethodCallExpr call, Catalog.Sdk sdk, boolean async) {
    /** The client, model or service the call is made on. */
    public Expression receiver() {
      return call.getScope().orElseThrow();
    }
  }

  /** What an expression of a call chain is. */
  private enum State {
    /** A type name, as the scope of a static call. */
    TYPE,
    BUILDER,
    /** A client or one of its services. */
    CLIENT,
    AI_SERVICE_BUILDER,
    /**
     * An instance of the user's interface made by an AI-service factory: every method is a call.
     */
    AI_SERVICE
  }

  private record Kind(State state, Catalog.Sdk sdk, String type, boolean async) {
    Kind to(State next, boolean nowAsync) {
      return new Kind(next, sdk, type, nowAsync);
    }
  }

  private final JavaUnit unit;
  private final List<Catalog.Sdk> sdks;

  /** Whether the file names an AI-service factory at all; most files never do. */
  private final boolean mayHaveAiServices;

  private final ClientOrigins origins;

  /** The declarations and methods whose value is being followed. */
  private final Set<Node> resolving =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private List<NetworkCall> all;

  /** The network calls of a file, recognised once for every rule that asks. */
  public static SdkCalls in(JavaUnit unit) {
    return unit.derived(SdkCalls.class, SdkCalls::new);
  }

  private SdkCalls(JavaUnit unit) {
    this.unit = unit;
    this.origins = new ClientOrigins(unit);
    this.sdks = unit.catalog().sdks().stream().filter(s -> s.networkCalls() != null).toList();
    this.mayHaveAiServices =
        sdks.stream()
            .flatMap(s -> s.networkCalls().aiServiceFactories().stream())
            .anyMatch(f -> unit.file().text().contains(f.substring(f.lastIndexOf('.') + 1)));
  }

  /** Every network call of the file, in source order. */
  public List<NetworkCall> all() {
    if (all == null) {
      all =
          unit.cu().findAll(MethodCallExpr.class).stream()
              .map(this::recognise)
              .flatMap(Optional::stream)
              .toList();
    }
    return all;
  }

  /**
   * The providers a call may go to: those its client was made from, in this file, and where that is
   * out of sight, those the project's build brings in. Empty when nothing says.
   */
  public Set<Catalog.Provider> providers(NetworkCall call) {
    ClientOrigins.Origins seen = origins.of(call.receiver());
    if (!seen.unseen()) {
      return seen.providers();
    }
    ProjectModel.Resolution resolved = unit.project().resolve(seen.unseenParts());
    if (!resolved.unknown()) {
      return union(seen.providers(), resolved.providers());
    }
    seen =
        new ClientOrigins.Origins(
            union(seen.providers(), resolved.providers()), seen.unseenParts());
    Set<Catalog.Provider> declared = unit.project().declaredProviders(unit.file());
    if (declared.isEmpty()) {
      // Local models seen on some paths say nothing of the paths out of sight.
      return seen.providers().stream().allMatch(Catalog.Provider::isLocal)
          ? Set.of()
          : seen.providers();
    }
    return union(seen.providers(), declared);
  }

  /**
   * Whether the call can fail authentication: it may go to a provider that takes a key or
   * credentials. A call that only a local or in-process model can answer has no key to reject.
   */
  public boolean authenticates(NetworkCall call) {
    Set<Catalog.Provider> providers = providers(call);
    return providers.isEmpty() || providers.stream().anyMatch(p -> !p.isLocal());
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> both = new LinkedHashSet<>(a);
    both.addAll(b);
    return both;
  }

  /** A client, model or service of an SDK; {@code aiService} for an AI service's proxy. */
  public record Client(Catalog.Sdk sdk, boolean aiService) {}

  /** The SDK client, model or AI service an expression's value is, if it is one. */
  public Optional<Client> clientOf(Expression e) {
    return client(kindOf(e, 0));
  }

  /** The SDK client, model or AI service a variable, field or parameter holds, if it holds one. */
  public Optional<Client> clientOf(JavaUnit.Declaration declaration) {
    return client(ofDeclaration(declaration, 0));
  }

  private static Optional<Client> client(Kind kind) {
    return kind == null || (kind.state() != State.CLIENT && kind.state() != State.AI_SERVICE)
        ? Optional.empty()
        : Optional.of(new Client(kind.sdk(), kind.state() == State.AI_SERVICE));
  }

  /** The network call this method call is, if it is one. */
  public Optional<NetworkCall> recognise(MethodCallExpr call) {
    if (call.getScope().isEmpty() || CallShapes.isTestDouble(unit.catalog(), call)) {
      return Optional.empty();
    }
    Kind scope = kindOf(call.getScope().get(), 0);
    if (scope == null) {
      return Optional.empty();
    }
    boolean isCall =
        switch (scope.state()) {
          case AI_SERVICE -> !OBJECT_METHODS.contains(call.getNameAsString());
          case CLIENT -> isCall(scope.sdk().networkCalls(), call);
          default -> false;
        };
    boolean async =
        scope.async()
            || (scope.state() == State.AI_SERVICE && CallShapes.returnsFuture(unit, call));
    return isCall ? Optional.of(new NetworkCall(call, scope.sdk(), async)) : Optional.empty();
  }

  private static boolean isCall(Catalog.NetworkCalls n, MethodCallExpr call) {
    String name = call.getNameAsString();
    // Some names are both: chat().completions() is an accessor, usage().completions(params) a call.
    return n.calls().contains(name)
        && !(n.accessors().contains(name) && call.getArguments().isEmpty());
  }

  private Kind kindOf(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (e instanceof EnclosedExpr enclosed) {
      return kindOf(enclosed.getInner(), depth + 1);
    }
    if (e instanceof ObjectCreationExpr creation) {
      return ofDeclaredType(unit.resolve(creation.getType()));
    }
    if (e instanceof MethodCallExpr call) {
      if (call.getScope().isEmpty()) {
        Kind declared = unit.rootType(call).map(this::ofDeclaredType).orElse(null);
        if (declared == null) {
          declared = aiServiceReturnedBy(call, depth);
        }
        return declared != null || unit.declaresMethod(call.getNameAsString())
            ? declared
            : returnedBy(enclosingType(call), call);
      }
      Kind scope = kindOf(call.getScope().get(), depth + 1);
      if (scope == null) { // a method of a project class: what it returns, as its summary says
        return projectTypeOf(call.getScope().get())
            .map(type -> returnedBy(Optional.of(type), call))
            .orElse(null);
      }
      return next(scope, call);
    }
    Optional<JavaUnit.Declaration> declaration = unit.declarationOfVariable(e);
    if (declaration.isPresent()) {
      return ofDeclaration(declaration.get(), depth);
    }
    Kind client = e instanceof FieldAccessExpr access ? kindOf(access.getScope(), depth + 1) : null;
    if (client != null
        && client.state() == State.CLIENT) { // an SDK's public service field: client.models
      String field = ((FieldAccessExpr) e).getNameAsString();
      return client.sdk().networkCalls().accessors().contains(field)
          ? accessed(client, field)
          : null;
    }
    Optional<String> name = writtenName(e);
    if (name.isPresent() && Character.isLowerCase(name.get().charAt(0)) && e instanceof NameExpr) {
      return inheritedField(enclosingType(e), name.get()); // a field of a supertype in another file
    }
    return name.map(n -> ofTypeName(unit.typeNames().resolve(n))).orElse(null);
  }

  // ---- what other files of the project say ----------------------------------------------------

  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private static Optional<String> enclosingType(Node node) {
    return node.findAncestor(TypeDeclaration.class)
        .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName());
  }

  /** The declared type of a variable holding an object of a project class. */
  private Optional<String> projectTypeOf(Expression e) {
    return unit.declarationOfVariable(e)
        .filter(d -> !d.type().isVarType())
        .map(d -> unit.resolve(d.type()))
        .filter(type -> unit.catalog().sdkOwning(type).isEmpty());
  }

  private Kind inheritedField(Optional<String> owner, String name) {
    return owner
        .flatMap(o -> unit.project().field(o, name))
        .map(f -> ofSummary(f.type(), f.value()))
        .orElse(null);
  }

  private Kind returnedBy(Optional<String> owner, MethodCallExpr call) {
    return owner.stream()
        .flatMap(o -> unit.project().methods(o, call.getNameAsString()).stream())
        .filter(m -> m.arity() == call.getArguments().size())
        .map(m -> ofSummary(m.returnType(), m.returns()))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** A value another file declares: by its type, else by what its summary says it holds. */
  private Kind ofSummary(String type, FileSummary.ValueSummary value) {
    Kind declared = type.isEmpty() ? null : ofDeclaredType(type);
    if (declared != null) {
      return declared;
    }
    if (value.sdk() == null) {
      return aiServiceOfType(type);
    }
    return sdks.stream()
        .filter(s -> s.id().equals(value.sdk()))
        .findFirst()
        .map(sdk -> new Kind(value.aiService() ? State.AI_SERVICE : State.CLIENT, sdk, type, false))
        .orElse(null);
  }

  /** An interface of the project that a framework or an AI-service factory somewhere implements. */
  private Kind aiServiceOfType(String type) {
    if (type.isEmpty() || unit.catalog().sdkOwning(type).isPresent()) {
      return null;
    }
    return unit.project()
        .aiService(type)
        .flatMap(v -> sdks.stream().filter(s -> s.id().equals(v.sdk())).findFirst())
        .map(sdk -> new Kind(State.AI_SERVICE, sdk, type, false))
        .orElse(null);
  }

  /** {@code Name} or {@code a.b.Name} as written, without the comments toString() would print. */
  private static Optional<String> writtenName(Expression e) {
    if (e instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (e instanceof FieldAccessExpr access) {
      return writtenName(access.getScope()).map(scope -> scope + "." + access.getNameAsString());
    }
    return Optional.empty();
  }

  private Kind ofDeclaration(JavaUnit.Declaration d, int depth) {
    // A declaration met again while its own value is being followed (a recursive private method
    // passing
    // its parameter on) adds nothing new; following it again multiplied the work by every call, per
    // level.
    if (!resolving.add(d.node())) {
      return null;
    }
    try {
      if (d.type().isVarType()) {
        return d.initializer().map(i -> kindOf(i, depth + 1)).orElse(null);
      }
      Kind declared = ofDeclaredType(unit.resolve(d.type()));
      if (declared == null) {
        declared = aiServiceAssignedTo(d, depth);
      }
      return declared != null ? declared : aiServiceOfType(unit.resolve(d.type()));
    } finally {
      resolving.remove(d.node());
    }
  }

  /** What a method of this file returns, when that is an AI service. */
  private Kind aiServiceReturnedBy(MethodCallExpr call, int depth) {
    if (!mayHaveAiServices) {
      return null;
    }
    for (MethodDeclaration method :
        unit.cu()
            .findAll(
                MethodDeclaration.class,
                m ->
                    m.getNameAsString().equals(call.getNameAsString())
                        && m.getBody().isPresent())) {
      if (!resolving.add(method)) { // a recursive method: its other returns decide
        continue;
      }
      try {
        for (ReturnStmt ret : method.getBody().get().findAll(ReturnStmt.class)) {
          Kind kind = ret.getExpression().map(r -> kindOf(r, depth + 1)).orElse(null);
          if (kind != null && kind.state() == State.AI_SERVICE) {
            return kind;
          }
        }
      } finally {
        resolving.remove(method);
      }
    }
    return null;
  }

  /**
   * A variable of the user's own interface type holds an AI service if one is assigned to it; a
   * parameter of a private method, if a call of the method passes one.
   */
  private Kind aiServiceAssignedTo(JavaUnit.Declaration d, int depth) {
    if (mayHaveAiServices
        && d.node() instanceof Parameter parameter
        && parameter.getParentNode().orElse(null) instanceof MethodDeclaration method
        && method.isPrivate()) {
      int position = method.getParameters().indexOf(parameter);
      for (MethodCallExpr call :
          unit.cu()
              .findAll(
                  MethodCallExpr.class,
                  c ->
                      c.getNameAsString().equals(method.getNameAsString())
                          && c.getArguments().size() == method.getParameters().size())) {
        Kind kind = kindOf(call.getArgument(position), depth + 1);
        if (kind != null && kind.state() == State.AI_SERVICE) {
          return kind;
        }
      }
      return null;
    }
    if (!mayHaveAiServices || !(d.node() instanceof VariableDeclarator declarator)) {
      return null;
    }
    String name = declarator.getNameAsString();
    List<Expression> values = new ArrayList<>();
    declarator.getInitializer().ifPresent(values::add);
    for (AssignExpr assign : unit.cu().findAll(AssignExpr.class)) {
      Expression target = assign.getTarget();
      boolean sameName =
          (target instanceof NameExpr n && n.getNameAsString().equals(name))
              || (target instanceof FieldAccessExpr f && f.getNameAsString().equals(name));
      if (sameName
          && unit.declarationOfVariable(target).map(JavaUnit.Declaration::node).orElse(null)
              == declarator) {
        values.add(assign.getValue());
      }
    }
    for (Expression value : values) {
      Kind kind = kindOf(value, depth + 1);
      if (kind != null && kind.state() == State.AI_SERVICE) {
        return kind;
      }
    }
    return null;
  }

  /** A variable, parameter or {@code new} of this type. */
  private Kind ofDeclaredType(String type) {
    for (Catalog.Sdk sdk : sdks) {
      Catalog.NetworkCalls n = sdk.networkCalls();
      if (isClientType(sdk, type) || startsWithAny(type, n.serviceTypePrefixes())) {
        boolean async =
            n.asyncClientTypes().contains(type)
                || startsWithAny(type, n.asyncServiceTypePrefixes());
        return new Kind(State.CLIENT, sdk, type, async);
      }
      String outer = type.endsWith(".Builder") ? type.substring(0, type.length() - 8) : "";
      if (n.builderTypes().contains(type) || n.clientTypes().contains(outer)) {
        return new Kind(State.BUILDER, sdk, type, n.asyncClientTypes().contains(outer));
      }
    }
    return null;
  }

  /** A type name written as the scope of a static call. */
  private Kind ofTypeName(String type) {
    for (Catalog.Sdk sdk : sdks) {
      Catalog.NetworkCalls n = sdk.networkCalls();
      if (isClientType(sdk, type) || n.aiServiceFactories().contains(type)) {
        return new Kind(State.TYPE, sdk, type, n.asyncClientTypes().contains(type));
      }
    }
    return null;
  }

  private static Kind next(Kind scope, MethodCallExpr call) {
    Catalog.NetworkCalls n = scope.sdk().networkCalls();
    String name = call.getNameAsString();
    return switch (scope.state()) {
      case TYPE -> {
        if (n.aiServiceFactories().contains(scope.type())) {
          yield name.equals("create")
              ? scope.to(State.AI_SERVICE, false)
              : name.equals("builder") ? scope.to(State.AI_SERVICE_BUILDER, false) : null;
        }
        yield name.equals("builder")
            ? scope.to(State.BUILDER, scope.async())
            : n.factoryMethods().contains(name) ? scope.to(State.CLIENT, scope.async()) : null;
      }
      case BUILDER ->
          n.buildMethods().contains(name)
              ? scope.to(State.CLIENT, scope.async() || n.asyncAccessors().contains(name))
              : scope;
      case AI_SERVICE_BUILDER -> name.equals("build") ? scope.to(State.AI_SERVICE, false) : scope;
      case CLIENT ->
          n.accessors().contains(name) && !isCall(n, call) ? accessed(scope, name) : null;
      case AI_SERVICE -> null;
    };
  }

  /** The client an accessor of a client gives: {@code client.async()}, {@code client.models}. */
  private static Kind accessed(Kind client, String name) {
    Catalog.NetworkCalls n = client.sdk().networkCalls();
    return client.to(
        State.CLIENT,
        n.asyncAccessors().contains(name) || (client.async() && !n.syncAccessors().contains(name)));
  }

  /** A client type the catalog names, or a model or client class of one of the SDK's providers. */
  private static boolean isClientType(Catalog.Sdk sdk, String type) {
    Catalog.NetworkCalls n = sdk.networkCalls();
    return n.clientTypes().contains(type)
        || (sdk.ownsType(type) && n.isModelClass(type.substring(type.lastIndexOf('.') + 1)));
  }

  private static boolean startsWithAny(String type, List<String> prefixes) {
    return prefixes.stream().anyMatch(type::startsWith);
  }
}
