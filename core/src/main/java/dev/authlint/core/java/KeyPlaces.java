package dev.authlint.core.java;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.authlint.core.catalog.KeyNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The places in one file where a key is expected: the SDKs' key sinks ({@link KeySinks}), and
 * variables, fields, assignments, setters and builder methods, map entries and headers whose name
 * says key, token or secret ({@code account.setApiKey(..)}, {@code keys.put("deepseek", ..)},
 * {@code headers.put("Authorization", ..)}).
 */
public final class KeyPlaces {
  /** Calls that store a value under a name given as their first argument. */
  private static final Set<String> ENTRY_METHODS =
      Set.of(
          "put",
          "putIfAbsent",
          "setProperty",
          "header",
          "addHeader",
          "setHeader",
          "putHeader",
          "set",
          "add");

  private static final Set<String> SETTER_PREFIXES = Set.of("set", "with");

  /**
   * A value kept where a key is expected. {@code name} says where (an SDK sink's qualified type and
   * method, or the name written in the code), {@code written} how the code names it; {@code
   * sdkSink} tells an SDK's own key sink.
   */
  public record Place(Expression value, String name, String written, boolean sdkSink) {}

  private final JavaUnit unit;

  public KeyPlaces(JavaUnit unit) {
    this.unit = unit;
  }

  /** The SDK sinks first, then the places named like keys, each in source order. */
  public List<Place> all() {
    List<Place> places = new ArrayList<>();
    List<KeySinks.Sink> sinks = KeySinks.in(unit).all();
    for (KeySinks.Sink sink : sinks) {
      places.add(new Place(sink.argument(), sink.target() + " " + sink.name(), sink.name(), true));
    }
    for (VariableDeclarator variable : unit.cu().findAll(VariableDeclarator.class)) {
      variable
          .getInitializer()
          .filter(i -> KeyNames.isKeyName(variable.getNameAsString()))
          .ifPresent(
              i ->
                  places.add(
                      new Place(i, variable.getNameAsString(), variable.getNameAsString(), false)));
    }
    for (AssignExpr assign : unit.cu().findAll(AssignExpr.class)) {
      targetName(assign.getTarget())
          .filter(KeyNames::isKeyName)
          .ifPresent(n -> places.add(new Place(assign.getValue(), n, n, false)));
    }
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      if (sinks.stream().noneMatch(s -> s.call() == call)) {
        namedByCall(call).ifPresent(places::add);
      }
    }
    return places;
  }

  /** A setter or builder method named like a key, or an entry stored under a key's name. */
  private Optional<Place> namedByCall(MethodCallExpr call) {
    String method = call.getNameAsString();
    // Only a receiver's own name says what it holds; a call chain's text (URLs, other headers) does
    // not.
    String scope = call.getScope().flatMap(KeyPlaces::targetName).orElse("");
    if (call.getArguments().size() == 1 && KeyNames.isKeyName(withoutSetterPrefix(method))) {
      return Optional.of(new Place(call.getArgument(0), scope + " " + method, method, false));
    }
    if (call.getArguments().size() == 2 && ENTRY_METHODS.contains(method)) {
      return unit.constant(call.getArgument(0))
          .map(entry -> scope + " " + entry.value())
          .filter(KeyNames::isKeyName)
          .map(name -> new Place(call.getArgument(1), name, method, false));
    }
    return Optional.empty();
  }

  private static String withoutSetterPrefix(String method) {
    for (String prefix : SETTER_PREFIXES) {
      if (method.length() > prefix.length()
          && method.startsWith(prefix)
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        return method.substring(prefix.length());
      }
    }
    return method;
  }

  private static Optional<String> targetName(Expression target) {
    if (target instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (target instanceof FieldAccessExpr access) {
      return Optional.of(access.getNameAsString());
    }
    return Optional.empty();
  }
}
