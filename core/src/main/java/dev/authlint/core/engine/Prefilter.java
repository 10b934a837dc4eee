package dev.authlint.core.engine;

import dev.authlint.core.catalog.Catalog;
import java.util.List;
import java.util.stream.Stream;

/** Cheap text tests that decide whether a Java file is worth parsing. */
public final class Prefilter {
  private Prefilter() {}

  /** Spring key properties are mostly written {@code api-key}; Java names {@code apiKey}. */
  private static final List<String> GENERIC_KEY_WORDS = List.of("api-key", "apiKey", "api_key");

  /** The words looked for, gathered from a catalog once: every rule asks of every file. */
  private record Words(Catalog catalog, List<String> sdk, List<String> keySurface) {
    static Words of(Catalog catalog) {
      List<String> sdk =
          catalog.sdks().stream().flatMap(s -> s.packages().stream()).distinct().toList();
      List<String> keySurface =
          Stream.concat(
                  catalog.sdks().stream()
                      .flatMap(
                          s -> Stream.of(s.packages(), s.keySystemProperties(), s.keyEnvVars()))
                      .flatMap(List::stream),
                  GENERIC_KEY_WORDS.stream())
              .distinct()
              .toList();
      return new Words(catalog, sdk, keySurface);
    }
  }

  private static volatile Words last;

  private static Words words(Catalog catalog) {
    Words known = last;
    if (known == null || known.catalog() != catalog) {
      known = Words.of(catalog);
      last = known;
    }
    return known;
  }

  /** Whether the text names an SDK package (in an import, or a qualified name). */
  public static boolean mentionsSdk(String text, Catalog catalog) {
    return words(catalog).sdk().stream().anyMatch(text::contains);
  }

  /** Whether the text names an SDK package, a key property or variable, or a key setting. */
  public static boolean mentionsKeySurface(String text, Catalog catalog) {
    return words(catalog).keySurface().stream().anyMatch(text::contains);
  }
}
