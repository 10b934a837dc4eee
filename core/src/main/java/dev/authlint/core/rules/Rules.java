package dev.authlint.core.rules;

import dev.authlint.core.Rule;
import dev.authlint.core.catalog.Catalog;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every rule authlint has, in the order of their documentation. */
public final class Rules {
  private Rules() {}

  /** Every rule id, in the order of the documentation. */
  public static final List<String> IDS = all().stream().map(Rule::id).toList();

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

  /** The rule with this id; ids are matched ignoring case, as everywhere users write them. */
  public static Optional<Rule> byId(String id) {
    return all().stream().filter(r -> r.id().equalsIgnoreCase(id.trim())).findFirst();
  }

  /** The id as authlint spells it ({@code hardcodedapikey} gives {@code HardcodedApiKey}). */
  public static Optional<String> canonicalId(String id) {
    String wanted = id.trim();
    return IDS.stream().filter(known -> known.equalsIgnoreCase(wanted)).findFirst();
  }

  /** The rule id nearest to a misspelt one, by edit distance ignoring case. */
  public static String closestId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return IDS.stream()
        .min(
            Comparator.comparingInt(
                known -> EditDistance.of(known.toLowerCase(Locale.ROOT), wanted)))
        .orElseThrow();
  }

  /**
   * The rules to run: those enabled (all when none are named) less those disabled.
   *
   * @throws IllegalArgumentException naming the first id that is not a rule
   */
  public static List<Rule> select(Collection<String> enable, Collection<String> disable) {
    Set<String> enabled = canonical(enable);
    Set<String> disabled = canonical(disable);
    return all().stream()
        .filter(r -> enabled.isEmpty() || enabled.contains(r.id()))
        .filter(r -> !disabled.contains(r.id()))
        .toList();
  }

  private static Set<String> canonical(Collection<String> ids) {
    Set<String> known = new HashSet<>();
    for (String id : ids) {
      known.add(
          canonicalId(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown rule '" + id + "'; rules are " + String.join(", ", IDS))));
    }
    return known;
  }
}
