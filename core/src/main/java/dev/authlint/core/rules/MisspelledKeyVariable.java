package dev.authlint.core.rules;

import com.github.javaparser.ast.Node;
import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.RuleDescriptor;
import dev.authlint.core.RuleDescriptor.TestCode;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.catalog.KeyNames;
import dev.authlint.core.config.ConfigEntries;
import dev.authlint.core.engine.Prefilter;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.KeySinks;
import dev.authlint.core.java.KeySources;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key read from an environment variable or system property whose name is close to, but not, the
 * one the SDKs read ({@code OPENAI_APIKEY}, {@code ANTHROPIC_KEY}), and that is passed to a client.
 */
public final class MisspelledKeyVariable extends AbstractRule {
  public static final String ID = "MisspelledKeyVariable";

  private final Catalog catalog;

  public MisspelledKeyVariable(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.WARNING,
            "A key is read from an environment variable or property whose name is a near miss of the "
                + "one the SDKs read.",
            "The SDKs and their documentation name the key variables exactly (OPENAI_API_KEY, "
                + "ANTHROPIC_API_KEY, openai.apiKey). Code that reads OPENAI_APIKEY or ANTHROPIC_KEY gets null "
                + "where the key was set under the documented name, and the client fails with a missing key or "
                + "a 401 that looks like a bad key. Read the documented name.",
            TestCode.REPORTED));
    this.catalog = catalog;
  }

  @Override
  public boolean needsParse(SourceFile file) {
    return Prefilter.mentionsKeySurface(file.text(), catalog)
        && (file.text().contains("getenv")
            || file.text().contains("getProperty")
            || file.text().contains("@Value"));
  }

  /** {@code ${NAME}} or {@code ${NAME:default}} in a setting's value. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");

  /**
   * A key setting of {@code application.properties|yml} whose value names a near miss of a key
   * variable ({@code spring.ai.openai.api-key=${OPENAI_KEY}}), or a variable written with a stray
   * {@code $} ({@code ${$GEMINI_API_KEY}}): Spring finds no such variable.
   */
  @Override
  public void checkText(SourceFile file, FileReport report) {
    if (file.kind() != SourceFile.Kind.PROPERTIES && file.kind() != SourceFile.Kind.YAML) {
      return;
    }
    for (ConfigEntries.Entry entry : ConfigEntries.read(file)) {
      if (!catalog.isKeyConfigProperty(entry.name()) && !KeyNames.isKeyName(entry.name())) {
        continue;
      }
      Matcher m = PLACEHOLDER.matcher(entry.value());
      while (m.find()) {
        String name = m.group(1).strip();
        String bare = name.startsWith("$") ? name.substring(1) : name;
        if (!bare.matches("[A-Z][A-Z0-9_]*") || (bare.equals(name) && catalog.isKeyEnvVar(name))) {
          continue;
        }
        Optional<String> meant =
            catalog.sdks().stream()
                .flatMap(s -> s.keyEnvVars().stream())
                .filter(
                    n -> bare.equals(name) ? isNear(bare, n) : n.equals(bare) || isNear(bare, n))
                .findFirst();
        if (meant.isPresent()) {
          int column = entry.valueColumn() + m.start(1);
          report.add(
              this,
              Level.WARNING,
              entry.line(),
              column,
              entry.line(),
              column + name.length(),
              entry.name()
                  + " reads the variable "
                  + name
                  + ", which no SDK sets or documents; the "
                  + "documented name is "
                  + meant.get()
                  + ". Where the key is set under that name, Spring "
                  + "finds no "
                  + name
                  + " and the client gets no key.");
        }
      }
    }
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    KeySources keySources = new KeySources(unit);
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (KeySinks.Sink sink : KeySinks.in(unit).all()) {
      List<KeySources.Source> sources = keySources.of(sink.argument());
      // A fallback to a documented name (getenv("OPENAI_KEY") ?: getenv("OPENAI_API_KEY")) is
      // deliberate.
      if (sources.stream().anyMatch(this::isKnown)) {
        continue;
      }
      for (KeySources.Source source : sources) {
        Optional<String> meant = meant(source);
        if (meant.isPresent() && reported.add(source.node())) {
          report.add(
              this,
              Level.WARNING,
              source.node(),
              "The key is read from "
                  + source.name()
                  + ", which no SDK reads; the documented name is "
                  + meant.get()
                  + ". Where the key is set under that name, this reads null.");
        }
      }
    }
  }

  /**
   * A documented name; of another kind too, since getProperty("OPENAI_API_KEY") is another mistake.
   */
  private boolean isKnown(KeySources.Source source) {
    String name = source.name();
    return catalog.isKeyEnvVar(name)
        || catalog.isKeySystemProperty(name)
        || (source.kind() == KeySources.Kind.SPRING_VALUE && catalog.isKeyConfigProperty(name));
  }

  /** The documented name a source's name is a near miss of. */
  private Optional<String> meant(KeySources.Source source) {
    // Spring resolves ${OPENAI_API_KEY} from the environment; dotted names are the project's own
    // properties.
    boolean envShaped = source.name().matches("[A-Z][A-Z0-9_]*");
    if (source.kind() == KeySources.Kind.FILE
        || (source.kind() == KeySources.Kind.SPRING_VALUE && !envShaped)) {
      return Optional.empty();
    }
    return catalog.sdks().stream()
        .flatMap(
            s ->
                source.kind() == KeySources.Kind.SYSTEM_PROPERTY
                    ? s.keySystemProperties().stream()
                    : s.keyEnvVars().stream())
        .filter(n -> isNear(source.name(), n))
        .findFirst();
  }

  /**
   * Near: the same letters with other separators or case, one or two letters off, or the documented
   * name without its {@code API}. A name that contains the documented one ({@code
   * OPENAI_API_KEY_2}, {@code MY_OPENAI_API_KEY}) is a deliberate name of its own.
   */
  static boolean isNear(String name, String documented) {
    String n = letters(name);
    String d = letters(documented);
    if (n.equals(d)) {
      return true;
    }
    if (n.contains(d)) {
      return false;
    }
    int allowed = d.length() >= 10 ? 2 : 1;
    return EditDistance.of(n, d) <= allowed || n.equals(d.replace("API", ""));
  }

  private static String letters(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }
}
