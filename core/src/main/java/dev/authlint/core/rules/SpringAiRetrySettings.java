package dev.authlint.core.rules;

import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.Rule;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.catalog.RetryLibrary;
import dev.authlint.core.config.ConfigEntries;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring AI's retry settings in {@code application*.properties} and YAML that retry the 401: 401
 * among the statuses retried, or every client error retried without 401 excluded.
 */
final class SpringAiRetrySettings {
  private static final int AUTH_STATUS = 401;
  private static final Pattern STATUS_CODE = Pattern.compile("\\d+");
  private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]$");

  private SpringAiRetrySettings() {}

  /** Reports the settings of a configuration file that make Spring AI retry the 401. */
  static void check(Rule rule, Catalog catalog, SourceFile file, FileReport report) {
    List<ConfigEntries.Entry> entries = ConfigEntries.read(file);
    for (RetryLibrary library : catalog.retryLibraries()) {
      boolean authExcluded =
          entries.stream()
              .anyMatch(
                  e ->
                      named(e, library.excludeStatusProperties())
                          && authStatusColumn(e).isPresent());
      for (ConfigEntries.Entry entry : entries) {
        if (named(entry, library.retryStatusProperties())) {
          authStatusColumn(entry)
              .ifPresent(
                  column ->
                      report.add(
                          rule,
                          Level.ERROR,
                          entry.line(),
                          column,
                          entry.line(),
                          column + 3,
                          baseName(entry)
                              + " lists 401, so "
                              + library.name()
                              + " retries the authentication failure of a bad key, which fails the"
                              + " same way on every attempt. List only transient statuses such as"
                              + " 429."));
        }
        if (named(entry, library.retryAllClientErrorsProperties())
            && entry.value().equalsIgnoreCase("true")
            && !authExcluded) {
          report.add(
              rule,
              Level.ERROR,
              entry.line(),
              entry.valueColumn(),
              entry.line(),
              entry.valueColumn() + entry.value().length(),
              baseName(entry)
                  + "=true makes "
                  + library.name()
                  + " retry every 4xx, including 401 from a bad key, which fails the same way on"
                  + " every attempt. Leave it false, or add 401 to "
                  + library.excludeStatusProperties().get(0)
                  + ".");
        }
      }
    }
  }

  private static boolean named(ConfigEntries.Entry entry, List<String> names) {
    String name = Catalog.relaxedPropertyName(baseName(entry));
    return names.stream().anyMatch(n -> Catalog.relaxedPropertyName(n).equals(name));
  }

  /**
   * The property name without a list index: {@code on-http-codes[0]} is one of {@code
   * on-http-codes}.
   */
  private static String baseName(ConfigEntries.Entry entry) {
    return LIST_INDEX.matcher(entry.name()).replaceFirst("");
  }

  private static Optional<Integer> authStatusColumn(ConfigEntries.Entry entry) {
    Matcher m = STATUS_CODE.matcher(entry.value());
    while (m.find()) {
      if (m.group().equals(String.valueOf(AUTH_STATUS))) {
        return Optional.of(entry.valueColumn() + m.start());
      }
    }
    return Optional.empty();
  }
}
