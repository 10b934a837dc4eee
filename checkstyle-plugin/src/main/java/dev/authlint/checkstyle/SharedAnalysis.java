package dev.authlint.checkstyle;

import dev.authlint.core.Engine;
import dev.authlint.core.SourceFile;
import dev.authlint.core.cache.ResultCache;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.rules.Rules;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs core's engine once per file for all of our checks. Checkstyle hands a file to every check in
 * turn, so the first of our checks analyses it with every rule and the others take its result from
 * a small cache of the most recent files. The cache is bounded, so a long IDE session holds at most
 * a few files.
 */
final class SharedAnalysis {
  private SharedAnalysis() {}

  /** Room for the file in hand on several threads (an IDE may run audits in parallel). */
  private static final int CAPACITY = 16;

  private record Key(String path, boolean includeTests, String text) {}

  private static final Map<Key, Engine.FileResult> RECENT =
      Collections.synchronizedMap(
          new LinkedHashMap<>(CAPACITY, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Engine.FileResult> eldest) {
              return size() > CAPACITY;
            }
          });

  private static final AtomicLong ANALYSES = new AtomicLong();

  /** One engine per value of the includeTests option, built when the first file is analysed. */
  private static final class Engines {
    static final Engine MAIN = new Engine(Rules.all(), Catalog.defaults(), false);
    static final Engine WITH_TESTS = new Engine(Rules.all(), Catalog.defaults(), true);
  }

  /** The innermost Maven or Gradle source folder in a path, e.g. {@code /src/test/java/}. */
  private static final Pattern SOURCE_SET = Pattern.compile("/src/[^/]+/(java|resources)/");

  /**
   * The file as core sees it, or null when no rule reads files of this name. Checkstyle gives an
   * absolute path, and only the part from the innermost source folder on decides whether the file
   * is test code: a checkout under {@code ~/src/test/} is not all tests.
   */
  static SourceFile sourceFile(File file, String text) {
    SourceFile.Kind kind = SourceFile.Kind.of(file.getName());
    if (kind == null) {
      return null;
    }
    String path = file.getPath().replace(File.separatorChar, '/');
    Matcher sourceSet = SOURCE_SET.matcher(path);
    int start = -1;
    while (sourceSet.find()) {
      start = sourceSet.start() + 1;
    }
    return new SourceFile(
        start < 0 ? path : path.substring(start),
        withoutBom(text),
        kind,
        file.toPath().toAbsolutePath());
  }

  /** Editors, and core's columns, do not count a byte-order mark. */
  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Every rule's findings for the file; the engine runs only when no other check has just run it.
   * With a cache file, results are taken from it where they still hold, and kept in it.
   */
  static Engine.FileResult analyze(SourceFile file, boolean includeTests, Path cacheFile) {
    Key key = new Key(file.path(), includeTests, file.text());
    Engine.FileResult cached = RECENT.get(key);
    if (cached != null) {
      return cached;
    }
    // Analysed outside the lock: two threads on the same file at once do the work twice, no harm.
    ANALYSES.incrementAndGet();
    Engine engine = includeTests ? Engines.WITH_TESTS : Engines.MAIN;
    ResultCache cache =
        cacheFile == null
            ? null
            : AUDIT_CACHES.computeIfAbsent(
                new CacheKey(cacheFile, includeTests),
                k -> engine.cache(k.file(), warning -> {})); // unusable: a fresh cache
    Engine.FileResult result = engine.analyze(file, ProjectModels.of(file, engine, cache), cache);
    RECENT.put(key, result);
    return result;
  }

  private record CacheKey(Path file, boolean includeTests) {}

  /**
   * The result caches of the audit under way, loaded at its first file. Each audit loads its own: a
   * cache knows each file by the text it first saw in it.
   */
  private static final Map<CacheKey, ResultCache> AUDIT_CACHES = new ConcurrentHashMap<>();

  private static final AtomicLong REUSED = new AtomicLong();

  /** At the end of an audit: writes the cache kept in this file, and forgets it. */
  static void endAudit(Path cacheFile) {
    for (boolean includeTests : new boolean[] {false, true}) {
      ResultCache cache = AUDIT_CACHES.remove(new CacheKey(cacheFile, includeTests));
      if (cache != null) {
        REUSED.addAndGet(cache.reused());
        try {
          cache.save();
        } catch (IOException e) {
          // Not kept: the next audit analyses every file again, and reports the same.
        }
      }
    }
  }

  /** How many results audits have taken from a cache file, for the tests. */
  static long reused() {
    return REUSED.get();
  }

  /** How many times the engine has run, for the tests that check one analysis per file. */
  static long analyses() {
    return ANALYSES.get();
  }
}
