package dev.authlint.core.engine;

import dev.authlint.core.catalog.Catalog;
import java.util.List;
import java.util.stream.Stream;

/** Cheap text tests that decide whether a Java file is worth parsing. */
public final class Prefilter {
  private Prefilter() {}

  /** Spring key properties are mostly written {@code api-key}; Java names {@code apiKey}. */
  private static final List<String> GENERIC_KEY_WORDS = List.of("api-key", "apiKey", "api_key");

  /** Whether the text names an SDK package (in an import, or a qualified name). */
  public static boolean mentionsSdk(String text, Catalog catalog) {
    return catalog.sdks().stream().flatMap(s -> s.packages().stream()).anyMatch(text::contains);
  }

  /** Whether the text names an SDK package, a key property or variable, or a key setting. */
  public static boolean mentionsKeySurface(String text, Catalog catalog) {
    return catalog.sdks().stream()
        .flatMap(s -> Stream.of(s.packages(), s.keySystemProperties(), s.keyEnvVars()))
        .flatMap(List::stream)
        .anyMatch(text::contains)
        || GENERIC_KEY_WORDS.stream().anyMatch(text::contains);
  }
}
