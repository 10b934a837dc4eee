package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.catalog.Frameworks;
import dev.authlint.core.project.FileSummary;
import dev.authlint.core.project.FileSummary.CallSite;
import dev.authlint.core.project.FileSummary.FieldSummary;
import dev.authlint.core.project.FileSummary.MethodSummary;
import dev.authlint.core.project.FileSummary.TypeSummary;
import dev.authlint.core.project.FileSummary.ValueSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Summarises one parsed Java file for the project model: what it declares, where its methods' calls
 * go and what is caught around them, and where its clients and models come from. Reads the file
 * alone.
 */
public final class Summaries {
  private final JavaUnit unit;
  private final Catalog catalog;
  private final SdkCalls calls;
  private final ClientOrigins origins;

  private Summaries(JavaUnit unit) {
    this.unit = unit;
    this.catalog = unit.catalog();
    this.calls = SdkCalls.in(unit);
    this.origins = new ClientOrigins(unit);
  }

  /** The summary of a file, whose unit must know no other file (its summary is its own). */
  public static FileSummary of(JavaUnit unit) {
    return new Summaries(unit).summary();
  }

  private FileSummary summary() {
    List<TypeSummary> types = new ArrayList<>();
    for (TypeDeclaration<?> type : unit.cu().findAll(TypeDeclaration.class)) {
      type.getFullyQualifiedName().ifPresent(name -> types.add(type(name, type)));
    }
    return new FileSummary(
        unit.file().path(), types, aiServicesBuilt(), unit.typeNames().onDemandPackages());
  }

  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private TypeSummary type(String name, TypeDeclaration<?> type) {
    boolean isInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    List<String> supertypes = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      Stream.concat(c.getExtendedTypes().stream(), c.getImplementedTypes().stream())
          .map(unit::resolve)
          .forEach(supertypes::add);
    }
    List<String> annotations = annotations(type);
    String aiService =
        isInterface
            ? catalog.sdks().stream()
                .filter(
                    s ->
                        s.networkCalls() != null
                            && s.networkCalls().aiServiceAnnotations().stream()
                                .anyMatch(annotations::contains))
                .map(Catalog.Sdk::id)
                .findFirst()
                .orElse(null)
            : null;
    List<FieldSummary> fields = new ArrayList<>();
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        fields.add(
            new FieldSummary(
                variable.getNameAsString(), unit.resolve(variable.getType()), value(variable)));
      }
    }
    List<MethodSummary> methods = new ArrayList<>();
    for (Node member : type.getMembers()) {
      if (member instanceof MethodDeclaration method) {
        methods.add(method(method, method.getNameAsString(), unit.resolve(method.getType())));
      } else if (member instanceof ConstructorDeclaration constructor) {
        methods.add(method(constructor, "<init>", ""));
      }
    }
    // The methods of its anonymous classes (a SwingWorker's doInBackground) call on its behalf.
    for (ObjectCreationExpr anonymous :
        type.findAll(
            ObjectCreationExpr.class,
            o ->
                o.getAnonymousClassBody().isPresent()
                    && o.findAncestor(TypeDeclaration.class).orElse(null) == type)) {
      for (Node member : anonymous.getAnonymousClassBody().get()) {
        if (member instanceof MethodDeclaration method) {
          methods.add(method(method, method.getNameAsString(), unit.resolve(method.getType())));
        }
      }
    }
    return new TypeSummary(name, isInterface, supertypes, annotations, fields, methods, aiService);
  }

  /** What a field holds when it is a client, a model or an AI service: its SDK and origins. */
  private ValueSummary value(VariableDeclarator variable) {
    JavaUnit.Declaration declaration =
        new JavaUnit.Declaration(variable, variable.getType(), variable.getInitializer(), false);
    return calls
        .clientOf(declaration)
        .map(client -> valueOf(client, origins.of(declaration)))
        .orElse(ValueSummary.NONE);
  }

  private ValueSummary valueOf(SdkCalls.Client client, ClientOrigins.Origins seen) {
    return new ValueSummary(
        client.sdk().id(),
        client.aiService(),
        seen.providers().stream().map(Catalog.Provider::id).toList(),
        List.copyOf(seen.unseenParts()));
  }

  private MethodSummary method(CallableDeclaration<?> method, String name, String returnType) {
    List<String> parameterTypes =
        method.getParameters().stream().map(p -> unit.resolve(p.getType())).toList();
    List<String> throwsTypes = method.getThrownExceptions().stream().map(unit::resolve).toList();
    List<String> sends = new ArrayList<>();
    List<String> swallows = new ArrayList<>();
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      Optional<SdkCalls.NetworkCall> request =
          calls.recognise(call).filter(c -> ownerOf(call) == method && calls.authenticates(c));
      if (request.isPresent()) {
        String sdk = request.get().sdk().id();
        addOnce(sends, sdk);
        if (keptByACatch(call, AuthFailure.of(unit, request.get().sdk(), java.util.Set.of()))) {
          addOnce(swallows, sdk);
        }
      }
    }
    return new MethodSummary(
        name,
        method.getParameters().size(),
        parameterTypes,
        returnType,
        annotations(method),
        method.isPublic(),
        throwsTypes,
        returns(method),
        callSites(method),
        handles(method, parameterTypes),
        sends,
        swallows);
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  /** Whether a catch of the method catches the call's 401 and does not throw it on. */
  private boolean keptByACatch(MethodCallExpr call, AuthFailure failure) {
    Node child = call;
    for (Node n = call.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration) && !(n instanceof LambdaExpr);
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof TryStmt tryStmt && child == tryStmt.getTryBlock()) {
        Optional<CatchClause> catching =
            tryStmt.getCatchClauses().stream()
                .filter(c -> caughtTypes(c.getParameter().getType()).anyMatch(failure::coveredBy))
                .findFirst();
        if (catching.isPresent()) {
          return !new HandlerFlow(unit, failure::coveredBy)
              .mayRethrow(
                  catching.get().getBody(), catching.get().getParameter().getNameAsString());
        }
      }
    }
    return false;
  }

  /** What a method returns, when that is a client, a model or an AI service. */
  private ValueSummary returns(CallableDeclaration<?> method) {
    if (!(method instanceof MethodDeclaration m)
        || m.getType().isVoidType()
        || m.getBody().isEmpty()) {
      return ValueSummary.NONE;
    }
    for (ReturnStmt ret : m.getBody().get().findAll(ReturnStmt.class)) {
      Optional<Expression> value = ret.getExpression();
      Optional<SdkCalls.Client> client = value.flatMap(calls::clientOf);
      if (client.isPresent()) {
        return valueOf(client.get(), origins.of(value.get()));
      }
    }
    return ValueSummary.NONE;
  }

  private List<CallSite> callSites(CallableDeclaration<?> method) {
    List<CallSite> sites = new ArrayList<>();
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (ownerOf(call) == method) {
        sites.add(
            site(
                call,
                call.getNameAsString(),
                call.getArguments().size(),
                receiverType(call.getScope())));
      }
    }
    for (MethodReferenceExpr reference : method.findAll(MethodReferenceExpr.class)) {
      if (ownerOf(reference) == method) {
        Expression scope = reference.getScope();
        String receiver =
            scope instanceof ThisExpr || scope instanceof SuperExpr
                ? ""
                : scope instanceof TypeExpr type
                    ? unit.resolve(type.getType())
                    : receiverType(Optional.of(scope));
        sites.add(site(reference, reference.getIdentifier(), -1, receiver));
      }
    }
    return sites;
  }

  /** The method or constructor whose body a node is in (not a nested or anonymous class's). */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private static Node ownerOf(Node node) {
    return node.findAncestor(CallableDeclaration.class).orElse(null);
  }

  private CallSite site(Node at, String name, int arity, String receiverType) {
    List<String> caught = new ArrayList<>();
    boolean deferred = false;
    Node child = at;
    for (Node n = at.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration);
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof TryStmt tryStmt && child == tryStmt.getTryBlock()) {
        for (CatchClause clause : tryStmt.getCatchClauses()) {
          if (!rethrows(clause)) { // one that throws what it caught on does not stop it
            caughtTypes(clause.getParameter().getType()).forEach(caught::add);
          }
        }
      }
      if ((n instanceof LambdaExpr || (n instanceof MethodReferenceExpr && n != at))
          && n.getParentNode().orElse(null) instanceof MethodCallExpr consumer
          && catalog.frameworks().async().deferring().contains(consumer.getNameAsString())) {
        deferred = true;
        break;
      }
      if (at instanceof MethodReferenceExpr
          && n instanceof MethodCallExpr consumer
          && child == at
          && catalog.frameworks().async().deferring().contains(consumer.getNameAsString())) {
        deferred = true;
        break;
      }
    }
    return new CallSite(
        name, arity, receiverType, caught, deferred, at.getBegin().map(p -> p.line).orElse(0));
  }

  private static boolean rethrows(CatchClause clause) {
    String caught = clause.getParameter().getNameAsString();
    return clause.getBody().findAll(com.github.javaparser.ast.stmt.ThrowStmt.class).stream()
        .anyMatch(
            t -> t.getExpression() instanceof NameExpr n && n.getNameAsString().equals(caught));
  }

  private Stream<String> caughtTypes(Type type) {
    return type instanceof UnionType union
        ? union.getElements().stream().map(unit::resolve)
        : Stream.of(unit.resolve(type));
  }

  /** The type of what a call is made on: "" for this class, null where the file does not tell. */
  private String receiverType(Optional<Expression> scope) {
    if (scope.isEmpty() || scope.get() instanceof ThisExpr || scope.get() instanceof SuperExpr) {
      return "";
    }
    Expression e = scope.get();
    if (e instanceof ObjectCreationExpr creation) {
      return unit.resolve(creation.getType()); // new AgentLoop(..).run(..)
    }
    if (e instanceof NameExpr
        || (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr)) {
      Optional<JavaUnit.Declaration> declaration = unit.declarationOfVariable(e);
      if (declaration.isPresent()) {
        return declaration.get().type().isVarType()
            ? unit.rootType(e).orElse(null)
            : unit.resolve(declaration.get().type());
      }
      return e instanceof NameExpr n && Character.isUpperCase(n.getNameAsString().charAt(0))
          ? unit.typeNames().resolve(n.getNameAsString())
          : null;
    }
    return null;
  }

  /**
   * The exception types an exception handler handles: those its {@code @ExceptionHandler} names,
   * else its parameters of an exception type; and the type a JAX-RS mapper's {@code toResponse}
   * takes.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private List<String> handles(CallableDeclaration<?> method, List<String> parameterTypes) {
    Frameworks frameworks = catalog.frameworks();
    Optional<AnnotationExpr> handler =
        method.getAnnotations().stream()
            .filter(
                a ->
                    frameworks
                        .exceptionHandlerAnnotations()
                        .contains(unit.typeNames().resolve(a.getNameAsString())))
            .findFirst();
    if (handler.isPresent()) {
      List<String> named =
          handler.get().findAll(ClassExpr.class).stream()
              .map(c -> unit.resolve(c.getType()))
              .toList();
      return named.isEmpty() ? exceptionTypes(parameterTypes) : named;
    }
    boolean mapper =
        method instanceof MethodDeclaration m
            && m.getNameAsString().equals("toResponse")
            && m.findAncestor(ClassOrInterfaceDeclaration.class)
                .map(
                    c ->
                        c.getImplementedTypes().stream()
                            .map(unit::resolve)
                            .anyMatch(frameworks.exceptionMappers()::contains))
                .orElse(false);
    return mapper ? exceptionTypes(parameterTypes) : List.of();
  }

  private static List<String> exceptionTypes(List<String> types) {
    return types.stream()
        .filter(t -> t.endsWith("Exception") || t.endsWith("Error") || t.endsWith("Throwable"))
        .toList();
  }

  private List<String> annotations(NodeWithAnnotations<?> node) {
    return node.getAnnotations().stream()
        .map(a -> unit.typeNames().resolve(a.getNameAsString()))
        .toList();
  }

  /**
   * {@code AiServices.create(Assistant.class, model)} and {@code
   * AiServices.builder(Assistant.class)...}.
   */
  private List<FileSummary.AiServiceBuilt> aiServicesBuilt() {
    List<FileSummary.AiServiceBuilt> built = new ArrayList<>();
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      if (call.getArguments().isEmpty()
          || !(call.getArgument(0) instanceof ClassExpr iface)
          || call.getScope().isEmpty()) {
        continue;
      }
      Optional<String> factory = unit.rootType(call.getScope().get());
      Optional<Catalog.Sdk> sdk =
          factory.flatMap(
              f ->
                  catalog.sdks().stream()
                      .filter(
                          s ->
                              s.networkCalls() != null
                                  && s.networkCalls().aiServiceFactories().contains(f))
                      .findFirst());
      if (sdk.isEmpty()) {
        continue;
      }
      Expression whole = call;
      while (whole.getParentNode().orElse(null) instanceof MethodCallExpr next
          && next.getScope().orElse(null) == whole) {
        whole = next;
      }
      ClientOrigins.Origins model = origins.of(whole);
      built.add(
          new FileSummary.AiServiceBuilt(
              unit.resolve(iface.getType()),
              sdk.get().id(),
              new ValueSummary(
                  sdk.get().id(),
                  true,
                  model.providers().stream().map(Catalog.Provider::id).toList(),
                  List.copyOf(model.unseenParts()))));
    }
    return built;
  }
}
