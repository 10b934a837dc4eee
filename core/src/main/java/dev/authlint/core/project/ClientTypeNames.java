package dev.authlint.core.project;

import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's own types that hold a client, a model or an AI service (an AI service interface, a
 * class with a client field or a method returning one) and their subclasses: the files that name
 * one are analysed in the engine's second stage.
 */
final class ClientTypeNames {
  /** How many rounds of subclasses of subclasses are followed. */
  private static final int MAX_ROUNDS = 16;

  private ClientTypeNames() {}

  /** Whether a text has one of the names as a word. */
  static boolean mentionsAny(String text, Set<String> names) {
    return !names.isEmpty() && words(text, 0, text.length()).anyMatch(names::contains);
  }

  private static final Pattern DECLARED_TYPE =
      Pattern.compile("\\b(?:class|interface|record|enum)\\s+(\\w+)");
  private static final Pattern SUPERTYPE_CLAUSE =
      Pattern.compile("\\b(?:extends|implements)\\b[^{;]*");

  /**
   * The simple names of the project's types that hold a client, a model or an AI service, and of
   * their subclasses; {@code summariesMentioning} gives the summaries of the files whose text has a
   * word.
   */
  static Set<String> of(
      Catalog catalog,
      Supplier<Map<SourceFile, Set<String>>> supertypeWords,
      Function<String, Stream<FileSummary>> summariesMentioning,
      List<String> aiServiceFactoryNames) {
    Set<String> names = new HashSet<>();
    catalog.sdks().stream()
        .flatMap(s -> s.packages().stream())
        .distinct()
        .flatMap(summariesMentioning)
        .distinct()
        .flatMap(s -> s.types().stream())
        .filter(
            t ->
                t.aiService() != null
                    || t.fields().stream().anyMatch(f -> f.value().sdk() != null)
                    || t.methods().stream().anyMatch(m -> m.returns().sdk() != null))
        .forEach(t -> names.add(ProjectModel.simpleName(t.name())));
    aiServiceFactoryNames.stream()
        .flatMap(summariesMentioning)
        .flatMap(s -> s.aiServices().stream())
        .forEach(a -> names.add(ProjectModel.simpleName(a.type())));
    if (names.isEmpty()) {
      return names;
    }
    // Their subclasses, found by text, to a fixpoint: a demo that extends a base class holding a
    // client.
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Set<String> more = new HashSet<>();
      supertypeWords
          .get()
          .forEach(
              (file, words) -> {
                if (words.stream().anyMatch(names::contains)) {
                  Matcher declared = DECLARED_TYPE.matcher(file.text());
                  while (declared.find()) {
                    more.add(declared.group(1));
                  }
                }
              });
      if (!names.addAll(more)) {
        break;
      }
    }
    return names;
  }

  /**
   * The words of each file's {@code extends} and {@code implements} clauses, for the files that
   * have any: a file can declare a subtype of a type only if they name it.
   */
  static Map<SourceFile, Set<String>> supertypeWords(List<SourceFile> files) {
    Map<SourceFile, Set<String>> supertypeWords = new HashMap<>();
    for (SourceFile file : files) {
      Set<String> words = new HashSet<>();
      Matcher clause = SUPERTYPE_CLAUSE.matcher(file.text());
      while (clause.find()) {
        words(file.text(), clause.start(), clause.end()).forEach(words::add);
      }
      if (!words.isEmpty()) {
        supertypeWords.put(file, words);
      }
    }
    return supertypeWords;
  }

  /**
   * The words of a stretch of text: runs of the characters that regular expressions' {@code \\b}
   * counts as word characters, so that a name is among them where {@code \\bname\\b} would match.
   */
  private static Stream<String> words(String text, int from, int to) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = from; i <= to; i++) {
      boolean word = i < to && isWordCharacter(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words.stream();
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
