package dev.authlint.core;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;

/**
 * One JavaParser per thread: JavaParser is not thread-safe. The language level is the newest released
 * Java, since the default level (Java 11) rejects records and newer syntax.
 */
public final class JavaParsers {
  private JavaParsers() {}

  public static final LanguageLevel LANGUAGE_LEVEL = LanguageLevel.JAVA_25;

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
