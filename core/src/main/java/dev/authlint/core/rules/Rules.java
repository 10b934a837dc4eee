package dev.authlint.core.rules;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every rule authlint has, in the order of their documentation. */
public final class Rules {
  private Rules() {}

  public static List<Rule> all(Catalog catalog) {
    return List.of(
        new HardcodedApiKey(catalog),
        new KeySetAfterClientInit(catalog),
        new UnhandledAuthError(catalog),
        new RetriesAuthError(catalog),
        new MisspelledKeyVariable(catalog),
        new CrossProviderKey(catalog),
        new MalformedKeySource(catalog),
        new ApiKeyInLog(catalog));
  }

  public static List<Rule> all() {
    return all(Catalog.defaults());
  }

  public static Optional<Rule> byId(String id) {
    return all().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The rules to run: those enabled (all when none are named) less those disabled.
   *
   * @throws IllegalArgumentException naming the first id that is not a rule
   */
  public static List<Rule> select(Collection<String> enable, Collection<String> disable) {
    List<Rule> all = all();
    Set<String> known = all.stream().map(Rule::id).collect(Collectors.toSet());
    for (String id : concat(enable, disable)) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException(
            "unknown rule '" + id + "'; rules are " + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return all.stream()
        .filter(r -> enable.isEmpty() || enable.contains(r.id()))
        .filter(r -> !disable.contains(r.id()))
        .toList();
  }

  /** The rule's documentation page (docs/rules/RuleId.md), as Markdown. */
  public static Optional<String> explain(String id) {
    if (byId(id).isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = Rules.class.getResourceAsStream("/dev/authlint/core/docs/" + id + ".md")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> concat(Collection<String> a, Collection<String> b) {
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }
}
