package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.RuleDescriptor;
import dev.authlint.core.RuleDescriptor.TestCode;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.catalog.KeyFormats;
import dev.authlint.core.catalog.KeyNames;
import dev.authlint.core.catalog.Placeholders;
import dev.authlint.core.catalog.Redaction;
import dev.authlint.core.config.ConfigEntries;
import dev.authlint.core.engine.Prefilter;
import dev.authlint.core.engine.TextPositions;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.KeyPlaces;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provider keys written into code or configuration: text in a distinctive key format anywhere, a
 * value in a plausible key format where a key is expected (errors), and any other literal that
 * reaches a place where an SDK takes its key (a warning, outside test code).
 */
public final class HardcodedApiKey extends AbstractRule {
  public static final String ID = "HardcodedApiKey";

  /** {@code ${name:default}} in a Spring {@code @Value}. */
  private static final Pattern PROPERTY_DEFAULT = Pattern.compile("\\$\\{([^:}]+):([^}]*)}");

  private static final Pattern BEARER = Pattern.compile("^(?i)bearer\\s+");

  private final Catalog catalog;
  private final KeyFormats keyFormats;

  /** How a {@code @Value("${name:default}")} starts in the text. */
  private final List<String> valueDefaults;

  /** A {@code ${name:default}} whose name says key: only such a default can be reported. */
  private static final Pattern KEY_PROPERTY_DEFAULT =
      Pattern.compile(
          "\\$\\{[^}:\"]*(?i:key|token|secret|authorization|bearer|credential)[^}:\"]*:");

  public HardcodedApiKey(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.ERROR,
            "error (real key format) / warning (other literal at a key sink)",
            "An LLM provider API key is written into source code or configuration.",
            "A key in source code or in a committed configuration file can be read by everyone who can "
                + "read the repository, its history, its build logs and its artifacts, and used to spend the "
                + "owner's money. Keys in a provider's published format are errors; any other literal that "
                + "reaches an SDK's key setter is a warning. Revoke a leaked key, then load keys at run time "
                + "from the environment or a secrets manager.",
            TestCode.REAL_KEYS_ONLY));
    this.catalog = catalog;
    this.keyFormats = new KeyFormats(catalog);
    this.valueDefaults =
        catalog.frameworks().configValueAnnotations().stream()
            .map(a -> "@" + a.substring(a.lastIndexOf('.') + 1) + "(\"${")
            .toList();
  }

  /**
   * A parse finds what the text scan cannot: a literal in a plausible format (whole in the file), a
   * literal at a key setting or an SDK's key sink, a key property's default in a {@code @Value}.
   */
  @Override
  public boolean needsParse(SourceFile file) {
    String text = file.text();
    return keyFormats.mayHoldKeyLiteral(text)
        || Prefilter.mentionsKeyWords(text, catalog)
        || Prefilter.mentionsKeySink(text, catalog)
        || (valueDefaults.stream().anyMatch(text::contains)
            && KEY_PROPERTY_DEFAULT.matcher(text).find());
  }

  // ---- any file: keys in their published formats, values of key settings ------------------------

  @Override
  public void checkText(SourceFile file, FileReport report) {
    List<KeyFormats.Match> keys = new ArrayList<>(keyFormats.find(file.text()));
    keys.addAll(keyFormats.findInLoneComments(file.text()));
    if (file.kind() == SourceFile.Kind.TEXT) {
      // Text no rule parses keeps plausible keys where a line assigns them to a key's name.
      keys.addAll(keyFormats.findAssigned(file.text()));
    }
    if (!keys.isEmpty()) {
      TextPositions positions = new TextPositions(file.text());
      for (KeyFormats.Match key : keys) {
        int line = positions.line(key.start());
        int column = positions.column(key.start());
        report.add(
            this, Level.ERROR, line, column, line, column + key.value().length(), keyMessage(key));
      }
    }
    for (ConfigEntries.Entry entry : ConfigEntries.read(file)) {
      boolean setting =
          file.kind() == SourceFile.Kind.DOTENV
              ? catalog.isKeyEnvVar(entry.name())
              : catalog.isKeyConfigProperty(entry.name());
      // A placeholder's default, ${VAR:default}, is the value when VAR is unset.
      Matcher fallback = PROPERTY_DEFAULT.matcher(entry.value());
      String value = withoutBearer(fallback.matches() ? fallback.group(2) : entry.value());
      judge(file, value, entry.name(), setting)
          .ifPresent(
              v ->
                  report.add(
                      this,
                      v.level(),
                      entry.line(),
                      entry.valueColumn(),
                      entry.line(),
                      entry.valueColumn() + entry.value().length(),
                      v.message(
                          "The value of "
                              + entry.name()
                              + " is a literal key "
                              + Redaction.literal(value)
                              + "; reference an environment variable instead, e.g. ${OPENAI_API_KEY}.")));
    }
  }

  /**
   * How a value is reported: an error naming its key format, or a warning with the given message.
   */
  private record Verdict(Level level, KeyFormats.Match key) {
    String message(String warning) {
      return key == null ? warning : keyMessage(key);
    }
  }

  /**
   * How a value kept under a name is reported: an error in a plausible key format where the name
   * says key or the place is an SDK's key {@code setting}; a warning for any other literal at a
   * setting, outside test code; nothing for a placeholder or a distinctive key (the text scan
   * reports those).
   */
  private Optional<Verdict> judge(SourceFile file, String value, String name, boolean setting) {
    if (!(setting || KeyNames.isKeyName(name)) || !keyFormats.find(value).isEmpty()) {
      return Optional.empty();
    }
    Optional<KeyFormats.Match> key = keyFormats.plausibleAt(value, name);
    if (key.isPresent()) {
      return Optional.of(new Verdict(Level.ERROR, key.get()));
    }
    return setting && !file.isTest() && !Placeholders.isPlaceholder(value)
        ? Optional.of(new Verdict(Level.WARNING, null))
        : Optional.empty();
  }

  private static String keyMessage(KeyFormats.Match key) {
    return key.format().name()
        + " "
        + Redaction.key(key)
        + " ("
        + key.format().provider()
        + ") is hardcoded. Anyone who can read this file can use it: revoke it at "
        + key.format().revoke()
        + ", then load the key at run time from the environment or a secrets "
        + "manager.";
  }

  private static String withoutBearer(String value) {
    return BEARER.matcher(value).replaceFirst("");
  }

  // ---- parsed Java: keys split across constants, values where a key is expected -----------------

  @Override
  public void check(JavaUnit unit, FileReport report) {
    reportSplitKeys(unit, report);
    // By identity: JavaParser nodes are equal when they read the same, wherever they are.
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (KeyPlaces.Place place : new KeyPlaces(unit).all()) {
      reportValue(unit, report, place, reported);
    }
    for (AnnotationExpr annotation : unit.cu().findAll(AnnotationExpr.class)) {
      reportValueDefault(unit, report, annotation);
    }
  }

  /** Keys assembled from pieces ({@code "sk-proj-" + PART}) that no text scan can see whole. */
  private void reportSplitKeys(JavaUnit unit, FileReport report) {
    if (!keyFormats.mayHoldKeyHead(unit.file().text())) {
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

  private void reportValue(
      JavaUnit unit, FileReport report, KeyPlaces.Place place, Set<Node> reported) {
    Optional<JavaUnit.Constant> constant = unit.constant(place.value());
    if (constant.isEmpty()) {
      return;
    }
    String value = withoutBearer(constant.get().value());
    judge(unit.file(), value, place.name(), place.sdkSink())
        .filter(v -> reported.add(constant.get().origin()))
        .ifPresent(
            v ->
                report.add(
                    this,
                    v.level(),
                    constant.get().origin(),
                    v.message(
                        "The literal "
                            + Redaction.literal(value)
                            + " is passed as the API key to "
                            + place.written()
                            + "(..). Load the key at run time from the environment or a secrets manager.")));
  }

  /** Spring {@code @Value("${name:literal}")}: the default of a key property is a hardcoded key. */
  private void reportValueDefault(JavaUnit unit, FileReport report, AnnotationExpr annotation) {
    if (!(annotation instanceof SingleMemberAnnotationExpr single)
        || !catalog
            .frameworks()
            .configValueAnnotations()
            .contains(unit.typeNames().resolve(annotation.getNameAsString()))
        || !(single.getMemberValue() instanceof StringLiteralExpr literal)) {
      return;
    }
    Matcher m = PROPERTY_DEFAULT.matcher(literal.asString());
    while (m.find()) {
      String property = m.group(1).strip();
      String fallback = withoutBearer(m.group(2));
      boolean setting = catalog.isKeyConfigProperty(property) || catalog.isKeyEnvVar(property);
      judge(unit.file(), fallback, property, setting)
          .ifPresent(
              v ->
                  report.add(
                      this,
                      v.level(),
                      literal,
                      v.message(
                          "The default of ${"
                              + property
                              + "} is a literal key "
                              + Redaction.literal(fallback)
                              + "; leave the default out so that a missing key fails at startup.")));
    }
  }
}
