package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.StringLiteralExpr;
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
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key that reaches a client malformed: read whole from a file with its line break, written as a
 * Spring placeholder in a plain string that nothing resolves, or injected by a {@code @Value} whose
 * placeholder is miswritten ({@code $(name)}), so Spring injects the text itself.
 */
public final class MalformedKeySource extends AbstractRule {
  public static final String ID = "MalformedKeySource";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\s*\\$\\{[^}]+}\\s*");

  /** A @Value text meant as a placeholder but written otherwise: $(name), {name}, $name. */
  private static final Pattern MISWRITTEN_PLACEHOLDER =
      Pattern.compile(
          "\\s*(?:\\$\\(\\s*([\\w.\\-]+)\\s*\\)|\\{\\s*([\\w.\\-]+)\\s*}|\\$([A-Za-z_][\\w.\\-]*))\\s*");

  private final Catalog catalog;

  public MalformedKeySource(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.WARNING,
            "A key reaches a client with a trailing line break, or as an unresolved or miswritten placeholder.",
            "Files.readString(..) and new String(readAllBytes()) keep the file's final line break, and "
                + "the key is sent with it: the request is rejected or fails authentication. Call strip() on a "
                + "key read from a file. \"${OPENAI_API_KEY}\" is resolved only in @Value and in configuration "
                + "files; in a plain Java string it is sent as the key, literally. @Value(\"$(name)\") or "
                + "@Value(\"{name}\") is no placeholder at all: Spring injects the text itself as the key.",
            TestCode.REPORTED));
    this.catalog = catalog;
  }

  @Override
  public boolean needsParse(SourceFile file) {
    return Prefilter.mentionsKeySurface(file.text(), catalog)
        && (file.text().contains("${")
            || file.text().contains("@Value")
            || file.text().contains("readString")
            || file.text().contains("readAllBytes"));
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    KeySources keySources = new KeySources(unit);
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (KeySinks.Sink sink : KeySinks.in(unit).all()) {
      Optional<JavaUnit.Constant> constant = unit.constant(sink.argument());
      if (constant.isPresent()) {
        if (PLACEHOLDER.matcher(constant.get().value()).matches()
            && reported.add(constant.get().origin())) {
          report.add(
              this,
              Level.WARNING,
              constant.get().origin(),
              "\""
                  + constant.get().value().strip()
                  + "\" is passed to "
                  + sink.name()
                  + "(..) as the key "
                  + "itself: placeholders are resolved only in @Value and configuration files. Read "
                  + "the variable with System.getenv, or inject it with @Value.");
        }
        continue;
      }
      for (Node variable : keySources.variablesOf(sink.argument())) {
        keySources
            .literalSpringValue(variable)
            .filter(literal -> reported.add(literal))
            .ifPresent(literal -> reportMiswritten(literal, sink, report));
      }
      for (KeySources.Source source : keySources.of(sink.argument())) {
        if (source.kind() == KeySources.Kind.FILE
            && !source.stripped()
            && reported.add(source.node())) {
          report.add(
              this,
              Level.WARNING,
              source.node(),
              source.name()
                  + " keeps the file's final line break, and it reaches "
                  + sink.name()
                  + "(..) as part of the key. Call strip() on it.");
        }
      }
    }
  }

  private void reportMiswritten(StringLiteralExpr literal, KeySinks.Sink sink, FileReport report) {
    Matcher m = MISWRITTEN_PLACEHOLDER.matcher(literal.asString());
    if (m.matches()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      report.add(
          this,
          Level.WARNING,
          literal,
          "@Value(\""
              + literal.asString().strip()
              + "\") is not a placeholder: Spring injects this text, "
              + "and "
              + sink.name()
              + "(..) sends it as the key. Write @Value(\"${"
              + name
              + "}\").");
    }
  }
}
