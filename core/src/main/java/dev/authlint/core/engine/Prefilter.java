package dev.authlint.core.engine;

import dev.authlint.core.catalog.Catalog;
import java.util.List;
import java.util.stream.Stream;

/** Cheap text tests that decide whether a Java file is worth parsing. */
public final class Prefilter {
  private Prefilter() {}

  /** Spring key properties are mostly written {@code api-key}; Java names {@code apiKey}. */
  private static final List<String> GENERIC_KEY_WORDS = List.of("api-key", "apiKey", "api_key");

  /** Headers that carry a key where an SDK lets a caller set headers. */
  private static final List<String> KEY_HEADER_WORDS = List.of("Authorization", "authorization");

  /**
   * The words looked for, gathered from a catalog once: every rule asks of every file. {@code
   * otherKeyWords} are those of the key surface that are not SDK packages; {@code keySinks} the
   * names an SDK takes a key by (setters, constructors, factories' types, key headers).
   */
  private record Words(
      Catalog catalog, List<String> sdk, List<String> otherKeyWords, List<String> keySinks) {
    static Words of(Catalog catalog) {
      List<String> sdk =
          catalog.sdks().stream().flatMap(s -> s.packages().stream()).distinct().toList();
      List<String> otherKeyWords =
          Stream.concat(
                  catalog.sdks().stream()
                      .flatMap(s -> Stream.of(s.keySystemProperties(), s.keyEnvVars()))
                      .flatMap(List::stream),
                  GENERIC_KEY_WORDS.stream())
              .filter(w -> !sdk.contains(w))
              .distinct()
              .toList();
      List<String> keySinks =
          Stream.of(
                  catalog.sdks().stream().flatMap(s -> s.keyMethods().stream()),
                  catalog.sdks().stream()
                      .flatMap(s -> s.keyConstructors().stream())
                      .map(c -> simpleName(c.split("\\(", 2)[0])),
                  catalog.sdks().stream()
                      .flatMap(s -> s.keyFactories().stream())
                      .map(f -> simpleName(f.substring(0, f.lastIndexOf('.')))),
                  KEY_HEADER_WORDS.stream())
              .flatMap(w -> w)
              .distinct()
              .toList();
      return new Words(catalog, sdk, otherKeyWords, keySinks);
    }

    private static String simpleName(String type) {
      return type.substring(type.lastIndexOf('.') + 1);
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

  /** What one text mentions. */
  private record Mentions(
      String text, Words words, boolean sdk, boolean keyWords, boolean keySink) {}

  /**
   * The answers for the text each thread asked about last: the rules ask of one file in turn, so
   * each file is searched once.
   */
  private static final ThreadLocal<Mentions> LAST_ASKED = new ThreadLocal<>();

  @SuppressWarnings("ReferenceEquality") // the same text, not an equal one: a cheap, sure test
  private static Mentions mentions(String text, Catalog catalog) {
    Words words = words(catalog);
    Mentions known = LAST_ASKED.get();
    if (known != null && known.text() == text && known.words() == words) {
      return known;
    }
    boolean sdk = words.sdk().stream().anyMatch(text::contains);
    boolean keyWords = words.otherKeyWords().stream().anyMatch(text::contains);
    boolean keySink = sdk && words.keySinks().stream().anyMatch(text::contains);
    Mentions found = new Mentions(text, words, sdk, keyWords, keySink);
    LAST_ASKED.set(found);
    return found;
  }

  /** Whether the text names an SDK package (in an import, or a qualified name). */
  public static boolean mentionsSdk(String text, Catalog catalog) {
    return mentions(text, catalog).sdk();
  }

  /** Whether the text names an SDK package, a key property or variable, or a key setting. */
  public static boolean mentionsKeySurface(String text, Catalog catalog) {
    Mentions mentions = mentions(text, catalog);
    return mentions.sdk() || mentions.keyWords();
  }

  /**
   * Whether the text names a key property, a key environment variable or a key setting ({@code
   * apiKey}, {@code api-key}).
   */
  public static boolean mentionsKeyWords(String text, Catalog catalog) {
    return mentions(text, catalog).keyWords();
  }

  /**
   * Whether the text names an SDK and a way it takes a key: a key setter, a key constructor or
   * factory, or a key header. A file without one hands no client a key.
   */
  public static boolean mentionsKeySink(String text, Catalog catalog) {
    return mentions(text, catalog).keySink();
  }
}
