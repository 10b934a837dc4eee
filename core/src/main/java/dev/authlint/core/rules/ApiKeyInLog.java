package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.RuleDescriptor;
import dev.authlint.core.RuleDescriptor.TestCode;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.engine.Prefilter;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.KeySinks;
import dev.authlint.core.java.KeySources;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A key value written, unmasked, to a logger, to standard output or into an exception message. A
 * value is a key when it is read from a key variable or property, or is the variable, field or
 * parameter that is passed to a client as its key.
 */
public final class ApiKeyInLog extends AbstractRule {
  public static final String ID = "ApiKeyInLog";

  /** The field Lombok's logger annotations declare. */
  private static final String LOMBOK_FIELD = "log";

  private final Catalog catalog;

  public ApiKeyInLog(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.WARNING,
            "An API key is written unmasked to a log, to standard output or into an exception message.",
            "\"Never share them in logs\": logs are kept, shipped to other systems and read by more people "
                + "than any key should be, and an exception message ends up in logs and error pages. Log whether "
                + "a key is set, or at most its last few characters.",
            TestCode.REPORTED));
    this.catalog = catalog;
  }

  @Override
  public boolean needsParse(SourceFile file) {
    // A key is what a key setting reads, or what is handed to an SDK's key sink.
    return Prefilter.mentionsKeyWords(file.text(), catalog)
        || Prefilter.mentionsKeySink(file.text(), catalog);
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    Keys keys = new Keys(unit);
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      Optional<Catalog.LogSink> sink =
          call.getScope()
              .flatMap(scope -> logSinkOf(unit, scope))
              .filter(s -> s.methods().contains(call.getNameAsString()));
      if (sink.isPresent()) {
        reportKeys(
            keys,
            report,
            call.getArguments(),
            call.getNameAsString() + "(..) of " + sink.get().name());
      }
    }
    for (ObjectCreationExpr creation : unit.cu().findAll(ObjectCreationExpr.class)) {
      String type = creation.getType().getNameAsString();
      if (type.endsWith("Exception") || type.endsWith("Error")) {
        reportKeys(keys, report, creation.getArguments(), "the message of a " + type);
      }
    }
  }

  /**
   * The logger or stream a receiver is: by its type, or Lombok's {@code log} field of the class.
   */
  private Optional<Catalog.LogSink> logSinkOf(JavaUnit unit, Expression receiver) {
    if (receiver instanceof NameExpr name
        && name.getNameAsString().equals(LOMBOK_FIELD)
        && unit.declarationOf(name).isEmpty()) {
      for (Node n = name; n != null; n = n.getParentNode().orElse(null)) {
        if (n instanceof TypeDeclaration<?> type) {
          Optional<Catalog.LogSink> lombok =
              type.getAnnotations().stream()
                  .map(a -> catalog.logSink(unit.typeNames().resolve(a.getNameAsString())))
                  .flatMap(Optional::stream)
                  .findFirst();
          if (lombok.isPresent()) {
            return lombok;
          }
        }
      }
    }
    return unit.rootType(receiver).flatMap(catalog::logSink);
  }

  private void reportKeys(Keys keys, FileReport report, List<Expression> arguments, String where) {
    arguments.stream()
        .flatMap(ApiKeyInLog::parts)
        .filter(keys::isKey)
        .forEach(
            part ->
                report.add(
                    this,
                    Level.WARNING,
                    part,
                    "An API key ("
                        + part
                        + ") is written unmasked to "
                        + where
                        + ". Log whether it is set, or "
                        + "its last four characters at most."));
  }

  /**
   * The values a message is made of: the operands of a concatenation, the arguments of a format.
   */
  private static Stream<Expression> parts(Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return parts(enclosed.getInner());
    }
    if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return Stream.concat(parts(binary.getLeft()), parts(binary.getRight()));
    }
    if (e instanceof MethodCallExpr call
        && (call.getNameAsString().equals("format")
            || call.getNameAsString().equals("formatted"))) {
      return call.getArguments().stream().flatMap(ApiKeyInLog::parts);
    }
    return Stream.of(e);
  }

  /** What in one file holds a key. */
  private final class Keys {
    private final KeySources sources;

    /** The variables, fields and parameters whose value is given to a client as its key. */
    private final Set<Node> sinkVariables = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * The environment variables, properties and placeholders read for a client's key, whatever
     * their name.
     */
    private final Set<String> sinkReads = new HashSet<>();

    Keys(JavaUnit unit) {
      this.sources = new KeySources(unit);
      for (KeySinks.Sink sink : KeySinks.in(unit).all()) {
        sinkVariables.addAll(sources.variablesOf(sink.argument()));
        sources.of(sink.argument()).stream()
            .filter(s -> s.kind() != KeySources.Kind.FILE)
            .forEach(s -> sinkReads.add(s.kind() + " " + s.name()));
      }
    }

    boolean isKey(Expression e) {
      return sources.variablesOf(e).stream().anyMatch(sinkVariables::contains)
          || sources.of(e).stream()
              .anyMatch(s -> isKeySource(s) || sinkReads.contains(s.kind() + " " + s.name()));
    }

    private boolean isKeySource(KeySources.Source source) {
      String name = source.name();
      return switch (source.kind()) {
        case ENV, SYSTEM_PROPERTY -> catalog.isKeyEnvVar(name) || catalog.isKeySystemProperty(name);
        case SPRING_VALUE ->
            catalog.isKeyEnvVar(name)
                || catalog.isKeySystemProperty(name)
                || catalog.isKeyConfigProperty(name);
        case FILE -> false;
      };
    }
  }
}
