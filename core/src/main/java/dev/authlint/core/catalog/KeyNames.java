package dev.authlint.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether the name of a place (a variable, field, setter, map entry, header, property or
 * environment variable) says it keeps a key: a word of it ends in key, token or secret, or is a
 * header that carries one, and no word says it keeps something else about a key (its hash, id,
 * name, where to find it).
 */
public final class KeyNames {
  private KeyNames() {}

  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern KEY_WORD = Pattern.compile(".*(key|token|secret)s?");
  private static final Set<String> CARRIER_WORDS =
      Set.of("authorization", "bearer", "credential", "credentials");
  private static final Set<String> OTHER_THAN_KEY =
      Set.of(
          "hash",
          "sha",
          "sha1",
          "sha256",
          "md5",
          "digest",
          "checksum",
          "commit",
          "etag",
          "nonce",
          "salt",
          "fingerprint",
          "id",
          "ids",
          "name",
          "names",
          "url",
          "uri",
          "path",
          "file",
          "type",
          "prefix",
          "length",
          "size",
          "count",
          "env",
          "var",
          "variable",
          "property",
          "header",
          "pattern",
          "regex",
          "format",
          "expiry",
          "expires",
          "ttl",
          "timeout",
          "limit",
          "hint",
          "label",
          "placeholder");

  public static boolean isKeyName(String name) {
    List<String> words =
        Stream.of(WORD_BREAK.split(name))
            .filter(w -> !w.isEmpty())
            .map(w -> w.toLowerCase(Locale.ROOT))
            .toList();
    return words.stream().noneMatch(OTHER_THAN_KEY::contains)
        && words.stream().anyMatch(w -> KEY_WORD.matcher(w).matches() || CARRIER_WORDS.contains(w));
  }
}
