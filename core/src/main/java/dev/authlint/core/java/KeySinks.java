package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.authlint.core.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The places in one file where an SDK takes its key: key setters on SDK builders ({@code
 * apiKey(..)}), key headers, key credential factories and constructors (the catalog says which
 * argument holds the key), and {@code System.setProperty} of a key property.
 */
public final class KeySinks {
  private static final Set<String> HEADER_METHODS = Set.of("putHeader", "header", "addHeader");
  private static final Set<String> KEY_HEADERS = Set.of("authorization", "x-api-key", "api-key");

  /** How the key is handed over; {@code target} is what takes it (see {@link Sink}). */
  public enum Kind {
    METHOD,
    HEADER,
    FACTORY,
    CONSTRUCTOR,
    SYSTEM_PROPERTY
  }

  /**
   * A key's way into an SDK. {@code call} is the call or {@code new} expression, {@code name} how
   * it is written ({@code apiKey}, {@code new AzureKeyCredential}), {@code target} the qualified
   * type the call chain starts from (for a system property: the property's name).
   */
  public record Sink(Expression argument, Expression call, String name, Kind kind, String target) {}

  private final JavaUnit unit;
  private final Catalog catalog;

  private List<Sink> all;

  private KeySinks(JavaUnit unit) {
    this.unit = unit;
    this.catalog = unit.catalog();
  }

  /** The key sinks of a file, found once for every rule that asks. */
  public static KeySinks in(JavaUnit unit) {
    return unit.derived(KeySinks.class, KeySinks::new);
  }

  /** Every sink of the file: method calls in source order, then constructors. */
  public List<Sink> all() {
    if (all == null) {
      all = List.copyOf(find());
    }
    return all;
  }

  private List<Sink> find() {
    List<Sink> sinks = new ArrayList<>();
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      of(call).ifPresent(sinks::add);
    }
    for (ObjectCreationExpr creation : unit.cu().findAll(ObjectCreationExpr.class)) {
      String type = unit.resolve(creation.getType());
      OptionalInt key = catalog.keyArgument(type, creation.getArguments().size(), true);
      if (key.isPresent()) {
        sinks.add(
            new Sink(
                creation.getArgument(key.getAsInt()),
                creation,
                "new " + creation.getTypeAsString(),
                Kind.CONSTRUCTOR,
                type));
      }
    }
    return sinks;
  }

  private Optional<Sink> of(MethodCallExpr call) {
    if (call.getArguments().isEmpty() || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    String name = call.getNameAsString();
    Optional<String> root = unit.rootType(call.getScope().get());
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Optional<Catalog.Sdk> sdk = catalog.sdkOwning(root.get());
    if (sdk.isPresent() && sdk.get().keyMethods().contains(name)) {
      return Optional.of(new Sink(call.getArgument(0), call, name, Kind.METHOD, root.get()));
    }
    if (sdk.isPresent()
        && HEADER_METHODS.contains(name)
        && call.getArguments().size() == 2
        && unit.constant(call.getArgument(0))
            .filter(h -> KEY_HEADERS.contains(h.value().toLowerCase(Locale.ROOT)))
            .isPresent()) {
      return Optional.of(new Sink(call.getArgument(1), call, name, Kind.HEADER, root.get()));
    }
    OptionalInt key =
        catalog.keyArgument(root.get() + "." + name, call.getArguments().size(), false);
    if (key.isPresent()) {
      return Optional.of(
          new Sink(call.getArgument(key.getAsInt()), call, name, Kind.FACTORY, root.get()));
    }
    if (root.get().equals("java.lang.System")
        && name.equals("setProperty")
        && call.getArguments().size() == 2) {
      Optional<String> property = unit.constant(call.getArgument(0)).map(JavaUnit.Constant::value);
      if (property
          .filter(p -> catalog.isKeySystemProperty(p) || catalog.isKeyEnvVar(p))
          .isPresent()) {
        return Optional.of(
            new Sink(call.getArgument(1), call, name, Kind.SYSTEM_PROPERTY, property.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The names of the methods called on the builder a sink's call belongs to: the whole chain it is
   * part of, and, when the chain starts from a local variable, the calls on that variable in the
   * same method and in its initializer. Empty when the file does not show where the builder was
   * made: a parameter, a field, or a method's result may have been configured elsewhere.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  public Optional<List<String>> builderMethods(Sink sink) {
    List<String> names = new ArrayList<>();
    Expression outer = sink.call();
    while (outer.getParentNode().orElse(null) instanceof MethodCallExpr parent
        && parent.getScope().orElse(null) == outer) {
      outer = parent;
    }
    Expression root = collectChain(outer, names);
    if (isMadeHere(root)) {
      return Optional.of(names);
    }
    Optional<JavaUnit.Declaration> variable =
        unit.declarationOfVariable(root)
            .filter(
                d ->
                    d.node() instanceof VariableDeclarator v
                        && v.getParentNode()
                            .filter(VariableDeclarationExpr.class::isInstance)
                            .isPresent());
    Optional<Expression> initializer = variable.flatMap(JavaUnit.Declaration::initializer);
    if (initializer.isEmpty() || !isMadeHere(collectChain(initializer.get(), names))) {
      return Optional.empty();
    }
    Node body =
        sink.call().findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(unit.cu());
    for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
      Expression callRoot = collectChain(call, new ArrayList<>());
      if (callRoot != root
          && unit.declarationOfVariable(callRoot)
              .map(JavaUnit.Declaration::node)
              .filter(n -> n == variable.get().node())
              .isPresent()) {
        names.add(call.getNameAsString());
      }
    }
    return Optional.of(names);
  }

  /** A chain that starts at {@code new Type(..)} or a type's static method, not at a value. */
  private boolean isMadeHere(Expression root) {
    return root instanceof ObjectCreationExpr
        || ((root instanceof NameExpr || root instanceof FieldAccessExpr)
            && unit.declarationOfVariable(root).isEmpty()
            && !(root instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr));
  }

  /** Adds the method names of a call chain and returns the expression it starts from. */
  private static Expression collectChain(Expression e, List<String> names) {
    Expression current = e;
    while (current instanceof MethodCallExpr call) {
      names.add(call.getNameAsString());
      if (call.getScope().isEmpty()) {
        return call;
      }
      current = call.getScope().get();
    }
    return current;
  }
}
