package dev.authlint.core.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;

/**
 * One JavaParser per thread: JavaParser is not thread-safe. The language level is the newest
 * released Java, since the default level (Java 11) rejects records and newer syntax.
 */
public final class JavaParsers {
  private JavaParsers() {}

  /**
   * Java 25 parses the most real code: records, sealed types, patterns, unnamed variables, compact
   * source files, module imports. Known gaps of the parser: local enums, and string templates (a
   * withdrawn preview).
   */
  public static final LanguageLevel LANGUAGE_LEVEL = LanguageLevel.JAVA_25;

  public static final String PARSER_VERSION = "3.28";

  private static final ThreadLocal<JavaParser> PARSER =
      ThreadLocal.withInitial(
          () ->
              new JavaParser(
                  new ParserConfiguration()
                      .setLanguageLevel(LANGUAGE_LEVEL)
                      .setAttributeComments(true)));

  public static JavaParser forThisThread() {
    return PARSER.get();
  }
}
