package dev.authlint.core.rules;

import dev.authlint.core.engine.Prefilter;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.config.ConfigEntries;
import dev.authlint.core.FileReport;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.catalog.KeyFormats;
import dev.authlint.core.java.KeySinks;
import dev.authlint.core.Level;
import dev.authlint.core.catalog.Placeholders;
import dev.authlint.core.catalog.Redaction;
import dev.authlint.core.SourceFile;
import dev.authlint.core.engine.TextPositions;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provider keys written into code or configuration: any text in a key's published format (an error), and
 * any other literal that reaches a place where an SDK takes its key (a warning).
 */
public final class HardcodedApiKey extends AbstractRule {
  public static final String ID = "HardcodedApiKey";

  /** {@code ${name:default}} in a Spring {@code @Value}. */
  private static final Pattern PROPERTY_DEFAULT = Pattern.compile("\\$\\{([^:}]+):([^}]*)}");

  private final Catalog catalog;
  private final KeyFormats keyFormats;

  public HardcodedApiKey(Catalog catalog) {
    super(
        ID,
        Level.ERROR,
        "An LLM provider API key is written into source code or configuration.",
        "A key in source code or in a committed configuration file can be read by everyone who can "
            + "read the repository, its history, its build logs and its artifacts, and used to spend the "
            + "owner's money. Keys in a provider's published format are errors; any other literal that "
            + "reaches an SDK's key setter is a warning. Revoke a leaked key, then load keys at run time "
            + "from the environment or a secrets manager.");
    this.catalog = catalog;
    this.keyFormats = new KeyFormats(catalog);
  }

  @Override
  public boolean needsParse(SourceFile file) {
    // A literal that starts like a key may be the head of a key joined from constants.
    return file.text().contains("\"sk-") || Prefilter.mentionsKeySurface(file.text(), catalog);
  }

  // ---- any file: keys in their published formats, literal values of key settings ------------------

  @Override
  public void checkText(SourceFile file, FileReport report) {
    List<KeyFormats.Match> keys = keyFormats.find(file.text());
    if (!keys.isEmpty()) {
      TextPositions positions = new TextPositions(file.text());
      for (KeyFormats.Match key : keys) {
        int line = positions.line(key.start());
        report.add(
            this, Level.ERROR, line, positions.column(key.start()), line,
            positions.column(key.start()) + key.value().length(), keyMessage(key));
      }
    }
    if (file.kind() == SourceFile.Kind.JAVA || report.testCodeQuiet()) {
      return;
    }
    for (ConfigEntries.Entry entry : ConfigEntries.read(file)) {
      boolean keySetting =
          file.kind() == SourceFile.Kind.DOTENV
              ? catalog.isKeyEnvVar(entry.name())
              : catalog.isKeyConfigProperty(entry.name());
      if (keySetting && isDummyFree(entry.value())) {
        report.add(
            this, Level.WARNING, entry.line(), entry.valueColumn(), entry.line(),
            entry.valueColumn() + entry.value().length(),
            "The value of " + entry.name() + " is a literal key " + Redaction.literal(entry.value())
                + "; reference an environment variable instead, e.g. ${OPENAI_API_KEY}.");
      }
    }
  }

  private static String keyMessage(KeyFormats.Match key) {
    return key.format().name() + " " + Redaction.key(key) + " is hardcoded. Anyone who can read "
        + "this file can use it: revoke the key, then load it at run time from the environment or a "
        + "secrets manager.";
  }

  /** A literal that is neither a placeholder nor a formatted key (those are reported as errors). */
  private boolean isDummyFree(String value) {
    return !Placeholders.isPlaceholder(value) && keyFormats.find(value).isEmpty();
  }

  // ---- parsed Java: keys split across constants, literals at key sinks ---------------------------

  @Override
  public void check(JavaUnit unit, FileReport report) {
    reportSplitKeys(unit, report);
    if (report.testCodeQuiet()) {
      return;
    }
    // By identity: JavaParser nodes are equal when they read the same, wherever they are.
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (KeySinks.Sink sink : new KeySinks(unit).all()) {
      reportLiteral(unit, report, sink.argument(), sink.name(), reported);
    }
    for (AnnotationExpr annotation : unit.cu().findAll(AnnotationExpr.class)) {
      reportValueDefault(unit, report, annotation);
    }
  }

  /** Keys assembled from pieces ({@code "sk-proj-" + PART}) that no text scan can see whole. */
  private void reportSplitKeys(JavaUnit unit, FileReport report) {
    if (!KeyFormats.mayContainKey(unit.file().text())) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (BinaryExpr concat : unit.cu().findAll(BinaryExpr.class)) {
      if (concat.getParentNode().filter(BinaryExpr.class::isInstance).isPresent()) {
        continue;
      }
      Optional<JavaUnit.Constant> constant = unit.constant(concat);
      if (constant.isEmpty()) {
        continue;
      }
      for (KeyFormats.Match key : keyFormats.find(constant.get().value())) {
        if (!unit.file().text().contains(key.value()) && seen.add(key.value())) {
          report.add(this, Level.ERROR, concat, keyMessage(key));
        }
      }
    }
  }

  private void reportLiteral(
      JavaUnit unit, FileReport report, Expression argument, String sink, Set<Node> reported) {
    Optional<JavaUnit.Constant> constant = unit.constant(argument);
    if (constant.isEmpty()) {
      return;
    }
    String value = constant.get().value().replaceFirst("^(?i)bearer\\s+", "");
    if (isDummyFree(value) && reported.add(constant.get().origin())) {
      report.add(
          this, Level.WARNING, constant.get().origin(),
          "The literal " + Redaction.literal(value) + " is passed as the API key to " + sink
              + "(..). Load the key at run time from the environment or a secrets manager.");
    }
  }

  /** Spring {@code @Value("${spring.ai.openai.api-key:literal}")}: the default is a hardcoded key. */
  private void reportValueDefault(JavaUnit unit, FileReport report, AnnotationExpr annotation) {
    if (!(annotation instanceof SingleMemberAnnotationExpr single)
        || !unit.typeNames().resolve(annotation.getNameAsString())
            .equals("org.springframework.beans.factory.annotation.Value")
        || !(single.getMemberValue() instanceof StringLiteralExpr literal)) {
      return;
    }
    Matcher m = PROPERTY_DEFAULT.matcher(literal.asString());
    while (m.find()) {
      String property = m.group(1).strip();
      String fallback = m.group(2);
      boolean keySetting =
          catalog.isKeyConfigProperty(property) || catalog.isKeyEnvVar(property);
      if (keySetting && isDummyFree(fallback)) {
        report.add(
            this, Level.WARNING, literal,
            "The default of ${" + property + "} is a literal key " + Redaction.literal(fallback)
                + "; leave the default out so that a missing key fails at startup.");
      }
    }
  }
}
