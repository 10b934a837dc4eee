package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.catalog.RetryLibrary;
import dev.authlint.core.java.AuthFailure;
import dev.authlint.core.java.HandlerFlow;
import dev.authlint.core.java.JavaUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Retry-library policies (Spring Retry, Resilience4j, Failsafe) that retry the 401: no list of
 * exceptions, a list or predicate that takes it in, and no exclusion of it.
 */
final class RetryPolicies {
  /** The method names of the catalog's policy factories, to skip other calls cheaply. */
  private final Set<String> policyFactoryNames;

  private final RetryAnalysis analysis;
  private final JavaUnit unit;
  private final Catalog catalog;
  private final FileReport report;

  RetryPolicies(RetryAnalysis analysis, Set<String> policyFactoryNames) {
    this.analysis = analysis;
    this.policyFactoryNames = policyFactoryNames;
    this.unit = analysis.unit;
    this.catalog = analysis.catalog;
    this.report = analysis.report;
  }

  /**
   * {@code new RetryTemplate()}: with no retry policy set, or a policy made without a list of
   * exceptions ({@code new TimeoutRetryPolicy()}, {@code new SimpleRetryPolicy(5)}), it retries
   * every exception (Spring AI 0.8 and 1.x clients take one as a constructor argument).
   */
  void constructedPolicies() {
    for (ObjectCreationExpr creation : unit.cu().findAll(ObjectCreationExpr.class)) {
      String type = unit.resolve(creation.getType());
      Optional<RetryLibrary> library = library(l -> l.constructors().contains(type));
      if (library.isEmpty()
          || !creation.getArguments().isEmpty()
          || !retriesEverything(creation, library.get())) {
        continue;
      }
      sdkInPlay(List.of()).ifPresent(sdk -> judge(library.get(), List.of(), sdk, creation));
    }
  }

  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private boolean retriesEverything(ObjectCreationExpr creation, RetryLibrary library) {
    Optional<VariableDeclarator> variable =
        creation
            .getParentNode()
            .filter(VariableDeclarator.class::isInstance)
            .map(VariableDeclarator.class::cast);
    if (variable.isEmpty()) {
      return true; // used as made: the default policy
    }
    Node scope =
        variable
            .get()
            .findAncestor(CallableDeclaration.class)
            .map(Node.class::cast)
            .orElse(unit.cu());
    List<MethodCallExpr> setters =
        scope.findAll(
            MethodCallExpr.class,
            c ->
                library.policySetters().contains(c.getNameAsString())
                    && c.getArguments().size() == 1
                    && c.getScope()
                        .filter(
                            s ->
                                s instanceof NameExpr n
                                    && n.getNameAsString().equals(variable.get().getNameAsString()))
                        .isPresent());
    return setters.stream()
        .allMatch(s -> retriesEverything(policyMadeBy(s.getArgument(0)), library));
  }

  /** The {@code new} a policy argument was made with, itself or through a local variable. */
  private Optional<ObjectCreationExpr> policyMadeBy(Expression policy) {
    if (policy instanceof ObjectCreationExpr made) {
      return Optional.of(made);
    }
    return unit.declarationOfVariable(policy)
        .flatMap(JavaUnit.Declaration::initializer)
        .filter(ObjectCreationExpr.class::isInstance)
        .map(ObjectCreationExpr.class::cast);
  }

  private boolean retriesEverything(Optional<ObjectCreationExpr> policy, RetryLibrary library) {
    return policy
        .filter(
            p ->
                library.retryEverythingPolicies().contains(unit.resolve(p.getType()))
                    && p.getArguments().size() <= 1)
        .isPresent();
  }

  void retryPolicies() {
    for (AnnotationExpr annotation : unit.cu().findAll(AnnotationExpr.class)) {
      String type = unit.typeNames().resolve(annotation.getNameAsString());
      library(l -> l.starts().contains(type))
          .ifPresent(
              library -> {
                Optional<Catalog.Sdk> sdk =
                    annotation.getParentNode().flatMap(analysis::sdkCalledIn);
                sdk.ifPresent(s -> judge(library, settings(annotation), s, annotation));
              });
    }
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      if (call.getScope().isEmpty() || !policyFactoryNames.contains(call.getNameAsString())) {
        continue;
      }
      Optional<String> owner = unit.rootType(call.getScope().get());
      if (owner.isEmpty()
          || !(call.getScope().get() instanceof NameExpr
              || call.getScope().get() instanceof FieldAccessExpr)) {
        continue;
      }
      String factory = owner.get() + "." + call.getNameAsString();
      library(l -> l.starts().contains(factory))
          .ifPresent(
              library -> {
                List<Setting> settings = chainSettings(call);
                sdkInPlay(settings).ifPresent(sdk -> judge(library, settings, sdk, call));
              });
      library(l -> l.retryEverything().contains(factory))
          .ifPresent(
              library ->
                  sdkInPlay(List.of()).ifPresent(sdk -> judge(library, List.of(), sdk, call)));
    }
  }

  private Optional<RetryLibrary> library(Predicate<RetryLibrary> test) {
    return catalog.retryLibraries().stream().filter(test).findFirst();
  }

  /** A builder method or annotation attribute and its arguments. */
  private record Setting(String name, List<Expression> values) {
    Optional<LambdaExpr> lambda() {
      return values.size() == 1 && values.get(0) instanceof LambdaExpr l
          ? Optional.of(l)
          : Optional.empty();
    }
  }

  private List<Setting> settings(AnnotationExpr annotation) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return List.of(new Setting("value", List.of(single.getMemberValue())));
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      return normal.getPairs().stream()
          .map(p -> new Setting(p.getNameAsString(), List.of(p.getValue())))
          .toList();
    }
    return List.of();
  }

  /**
   * The calls chained on a builder, e.g. {@code .retryExceptions(X.class)} after {@code custom()}.
   */
  private List<Setting> chainSettings(MethodCallExpr start) {
    List<Setting> settings = new ArrayList<>();
    Expression at = start;
    while (at.getParentNode().orElse(null) instanceof MethodCallExpr next
        && next.getScope().orElse(null) == at) {
      settings.add(new Setting(next.getNameAsString(), next.getArguments()));
      at = next;
    }
    return settings;
  }

  /**
   * The SDK whose errors a policy built in this file meets: the SDK of an exception type it names,
   * else the first SDK the file imports. Policies in files without an SDK are not judged.
   */
  private Optional<Catalog.Sdk> sdkInPlay(List<Setting> settings) {
    return settings.stream()
        .flatMap(s -> classesIn(s.values()).stream())
        .map(catalog::sdkOwning)
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> unit.typeNames().importedSdks().stream().findFirst());
  }

  /** The exception types named in arguments: {@code X.class}, in arrays and lists too. */
  private List<String> classesIn(List<Expression> values) {
    return values.stream()
        .flatMap(v -> v.findAll(ClassExpr.class).stream())
        .map(c -> unit.resolve(c.getType()))
        .toList();
  }

  private void judge(RetryLibrary library, List<Setting> settings, Catalog.Sdk sdk, Node at) {
    boolean filtered = false;
    boolean typesListed = false;
    String retried = null;
    for (Setting s : settings) {
      List<String> classes = classesIn(s.values());
      Optional<LambdaExpr> lambda = s.lambda();
      if (library.opaque().contains(s.name())) {
        return;
      }
      if (library.excludeTypes().contains(s.name())) {
        if (classes.isEmpty()
            || classes.stream().anyMatch(c -> analysis.covers(c, sdk))
            || turnsInto(at, classes, sdk)) {
          return; // excludes the 401, or decides by a predicate this rule cannot read
        }
      } else if (library.retryTypes().contains(s.name()) && !classes.isEmpty()) {
        filtered = true;
        typesListed = true;
        retried =
            classes.stream()
                .filter(c -> analysis.covers(c, sdk))
                .findFirst()
                .map(AuthFailure::simpleName)
                .map(c -> "because it retries " + c)
                .orElse(retried);
      } else if (library.retryPredicates().contains(s.name()) && lambda.isPresent()) {
        filtered = true;
        HandlerFlow.Truth truth = analysis.flow(sdk).predicateTruth(lambda.get());
        if (truth == HandlerFlow.Truth.TRUE) {
          retried = "because its predicate accepts it";
        } else if (truth != HandlerFlow.Truth.FALSE) {
          return;
        }
      } else if (library.retryTypes().contains(s.name())
          || library.retryPredicates().contains(s.name())) {
        return; // types or a predicate given in a variable
      }
    }
    if (!filtered) {
      retried = "because it retries every exception";
    }
    if (retried == null || !analysis.firstFindingAt(at)) {
      return;
    }
    String exception = analysis.failure(sdk).adviceNames(" or ");
    String fix =
        typesListed && library.fixWhenTypesListed() != null
            ? library.fixWhenTypesListed()
            : library.fix();
    report.add(
        analysis.rule,
        Level.ERROR,
        at,
        "This "
            + library.name()
            + " policy retries "
            + exception
            + " (HTTP 401, a bad key) "
            + retried
            + "; a bad key fails the same way on every attempt. Fix: "
            + fix.replace("{exception}", exception)
            + ".");
  }

  /**
   * Whether the method a retry annotation is on catches the 401 and throws one of {@code excluded}
   * instead ({@code catch (UnauthorizedException e) { throw new BadKeyException(e); }}): excluding
   * that type excludes the 401.
   */
  private boolean turnsInto(Node annotation, List<String> excluded, Catalog.Sdk sdk) {
    return annotation.getParentNode().stream()
        .flatMap(m -> m.findAll(CatchClause.class).stream())
        .filter(
            c ->
                analysis.caughtTypes(c.getParameter().getType()).stream()
                    .anyMatch(t -> analysis.covers(t, sdk)))
        .flatMap(c -> c.getBody().findAll(ThrowStmt.class).stream())
        .map(ThrowStmt::getExpression)
        .filter(ObjectCreationExpr.class::isInstance)
        .map(e -> unit.resolve(((ObjectCreationExpr) e).getType()))
        .anyMatch(excluded::contains);
  }
}
