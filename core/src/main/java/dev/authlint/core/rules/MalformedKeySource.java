package dev.authlint.core.rules;

import dev.authlint.core.engine.Prefilter;
import com.github.javaparser.ast.Node;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.FileReport;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.KeySinks;
import dev.authlint.core.java.KeySources;
import dev.authlint.core.Level;
import dev.authlint.core.SourceFile;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A key that reaches a client malformed: read whole from a file with its line break, or written as a
 * Spring placeholder in a plain string that nothing resolves.
 */
public final class MalformedKeySource extends AbstractRule {
  public static final String ID = "MalformedKeySource";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\s*\\$\\{[^}]+}\\s*");

  private final Catalog catalog;

  public MalformedKeySource(Catalog catalog) {
    super(
        ID,
        Level.WARNING,
        "A key reaches a client with a trailing line break, or as an unresolved ${..} placeholder.",
        "Files.readString(..) and new String(readAllBytes()) keep the file's final line break, and "
            + "the key is sent with it: the request is rejected or fails authentication. Call strip() on a "
            + "key read from a file. \"${OPENAI_API_KEY}\" is resolved only in @Value and in configuration "
            + "files; in a plain Java string it is sent as the key, literally.");
    this.catalog = catalog;
  }

  @Override
  public boolean needsParse(SourceFile file) {
    return Prefilter.mentionsKeySurface(file.text(), catalog)
        && (file.text().contains("${") || file.text().contains("readString")
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
              this, Level.WARNING, constant.get().origin(),
              "\"" + constant.get().value().strip() + "\" is passed to " + sink.name() + "(..) as the key "
                  + "itself: placeholders are resolved only in @Value and configuration files. Read "
                  + "the variable with System.getenv, or inject it with @Value.");
        }
        continue;
      }
      for (KeySources.Source source : keySources.of(sink.argument())) {
        if (source.kind() == KeySources.Kind.FILE && !source.stripped() && reported.add(source.node())) {
          report.add(
              this, Level.WARNING, source.node(),
              source.name() + " keeps the file's final line break, and it reaches "
                  + sink.name() + "(..) as part of the key. Call strip() on it.");
        }
      }
    }
  }
}
