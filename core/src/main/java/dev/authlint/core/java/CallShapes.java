package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.FileSummary;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Forms of a call that change what it does: one whose result is a future, one written to a mock.
 */
final class CallShapes {
  private CallShapes() {}

  /**
   * Whether a method of an AI service interface returns a future or a reactive type (a {@code
   * Flux<String>}, a {@code TokenStream}), where the failure arrives instead of being thrown. The
   * interface is declared in this file or, as its summary says, in another.
   */
  static boolean returnsFuture(JavaUnit unit, MethodCallExpr call) {
    Optional<String> iface = unit.rootType(call.getScope().orElseThrow());
    if (iface.isEmpty()) {
      return false;
    }
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    Stream<String> returned =
        unit.cu().findAll(TypeDeclaration.class).stream()
            .filter(
                t ->
                    ((TypeDeclaration<?>) t).getFullyQualifiedName().orElse("").equals(iface.get()))
            .flatMap(t -> ((TypeDeclaration<?>) t).getMethodsByName(name).stream())
            .filter(m -> m.getParameters().size() == arity)
            .map(m -> unit.resolve(m.getType()));
    List<String> here = returned.toList();
    List<String> types =
        !here.isEmpty()
            ? here
            : unit.project().methods(iface.get(), name).stream()
                .filter(m -> m.arity() == arity)
                .map(FileSummary.MethodSummary::returnType)
                .toList();
    return types.stream().anyMatch(unit.catalog().frameworks().async().futureTypes()::contains);
  }

  /**
   * A call written to stub or verify a mock ({@code when(client.create(..))}, {@code
   * verify(client).create(..)}, {@code doReturn(x).when(client).create(..)}): no request is made.
   */
  static boolean isTestDouble(Catalog catalog, MethodCallExpr call) {
    Catalog.Mocking mocking = catalog.mocking();
    Node parent = call.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr outer
        && outer.getArguments().stream().anyMatch(a -> a == call)
        && mocking.stubbing().contains(outer.getNameAsString())) {
      return true;
    }
    for (Expression scope = call.getScope().orElse(null);
        scope instanceof MethodCallExpr inner;
        scope = inner.getScope().orElse(null)) {
      String name = inner.getNameAsString();
      if (mocking.verification().contains(name) || mocking.stubbing().contains(name)) {
        return true;
      }
    }
    return false;
  }
}
