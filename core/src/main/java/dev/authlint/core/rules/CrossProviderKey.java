package dev.authlint.core.rules;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A client of one provider given the variable or property that holds another provider's key. */
public final class CrossProviderKey extends AbstractRule {
  public static final String ID = "CrossProviderKey";

  /** Sinks whose client type is known; a factory's credential may go to any client. */
  private static final Set<KeySinks.Kind> CLIENT_SINKS =
      Set.of(KeySinks.Kind.METHOD, KeySinks.Kind.HEADER, KeySinks.Kind.CONSTRUCTOR);

  private final Catalog catalog;

  public CrossProviderKey(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.WARNING,
            "A client of one provider is given another provider's key variable.",
            "Each provider accepts only its own keys: an Anthropic client built from OPENAI_API_KEY "
                + "fails every request with 401, however valid the OpenAI key is. This is reported only when "
                + "the client talks to its provider's own server; a client pointed elsewhere with baseUrl(..) "
                + "(an OpenAI-compatible endpoint of another provider) may take that provider's key.",
            TestCode.REPORTED));
    this.catalog = catalog;
  }

  @Override
  public boolean needsParse(SourceFile file) {
    return Prefilter.mentionsKeySink(file.text(), catalog);
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    KeySinks sinks = KeySinks.in(unit);
    KeySources keySources = new KeySources(unit);
    for (KeySinks.Sink sink : sinks.all()) {
      if (!CLIENT_SINKS.contains(sink.kind())) {
        continue;
      }
      List<String> accepted = catalog.keysTakenBy(sink.target());
      Optional<Catalog.Sdk> client = catalog.sdkOwning(sink.target());
      if (accepted.isEmpty() || client.isEmpty() || pointsElsewhere(sinks, sink, client.get())) {
        continue;
      }
      List<KeySources.Source> sources = keySources.of(sink.argument());
      List<Catalog.Sdk> owners =
          sources.stream()
              .filter(s -> s.kind() != KeySources.Kind.FILE)
              .map(s -> catalog.sdkReadingKey(s.name()))
              .flatMap(Optional::stream)
              .filter(s -> catalog.isKeyProvider(s.id()))
              .toList();
      // A fallback from one provider's variable to the right one's is deliberate.
      if (owners.isEmpty() || owners.stream().anyMatch(o -> accepted.contains(o.id()))) {
        continue;
      }
      String variable =
          sources.stream()
              .filter(
                  s -> catalog.sdkReadingKey(s.name()).filter(owners.get(0)::equals).isPresent())
              .findFirst()
              .map(KeySources.Source::name)
              .orElse("");
      report.add(
          this,
          Level.WARNING,
          sink.argument(),
          variable
              + " ("
              + owners.get(0).name()
              + " reads its key from it) is given by "
              + sink.name()
              + "(..) to "
              + writtenName(sink.target())
              + ", a client of another provider: every "
              + "request fails with 401. Use the key variable of that client's provider.");
    }
  }

  /**
   * Whether the client may talk to another server: its builder sets one, or is made out of sight.
   */
  private static boolean pointsElsewhere(KeySinks sinks, KeySinks.Sink sink, Catalog.Sdk client) {
    return sinks
        .builderMethods(sink)
        .map(names -> names.stream().anyMatch(client.endpointMethods()::contains))
        .orElse(true);
  }

  /**
   * {@code OpenAiChatModel.OpenAiChatModelBuilder} for a qualified name: the type without its
   * package.
   */
  private static String writtenName(String type) {
    String[] parts = type.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
        return String.join(".", Arrays.copyOfRange(parts, i, parts.length));
      }
    }
    return type;
  }
}
