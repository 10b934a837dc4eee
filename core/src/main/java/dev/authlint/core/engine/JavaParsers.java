package dev.authlint.core.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Java with one JavaParser per thread (JavaParser is not thread-safe), getting past the
 * constructs it cannot read. The language level is the newest released Java, since the default
 * level (Java 11) rejects records and newer syntax.
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
      ThreadLocal.withInitial(() -> new JavaParser(configuration()));

  /**
   * The language level's grammar (yield, records, patterns) and its post-processing (var as a
   * type), but neither its validation nor comment attribution: rules read no comment from the tree,
   * and a linter has no use for rejecting what the grammar read (both cost a third of a cold
   * parse).
   */
  private static ParserConfiguration configuration() {
    ParserConfiguration configuration =
        new ParserConfiguration().setLanguageLevel(LANGUAGE_LEVEL).setAttributeComments(false);
    PostProcessors languageFeatures = new Java25PostProcessor();
    configuration.getProcessors().clear();
    configuration
        .getProcessors()
        .add(
            () ->
                new Processor() {
                  @Override
                  public void postProcess(
                      ParseResult<? extends Node> result, ParserConfiguration configuration) {
                    languageFeatures.postProcess(result, configuration);
                  }
                });
    return configuration;
  }

  public static JavaParser forThisThread() {
    return PARSER.get();
  }

  /** How many constructs the parser rejects before a file counts as unparsable. */
  private static final int MAX_SKIPPED_CONSTRUCTS = 8;

  /** A parse: the tree (null when there is none) and what could not be read. */
  public record Parsed(CompilationUnit cu, Diagnostic diagnostic) {}

  /**
   * Parses a Java file. Where the parser rejects a construct of otherwise valid Java, that
   * construct is blanked and the rest parsed again, a few times at most; the diagnostic names what
   * was skipped.
   */
  public static Parsed parse(SourceFile file) {
    String text = file.text();
    List<String> skipped = new ArrayList<>();
    try {
      ParseResult<CompilationUnit> parsed = forThisThread().parse(text);
      ParseResult<CompilationUnit> first = parsed;
      while (!isParsed(parsed) && skipped.size() < MAX_SKIPPED_CONSTRUCTS) {
        Optional<com.github.javaparser.Position> at = problemPosition(parsed);
        Optional<ParseRecovery.Blanked> blanked =
            at.isEmpty()
                ? Optional.empty()
                : ParseRecovery.blankConstructAt(text, at.get().line, at.get().column);
        if (blanked.isEmpty()) {
          break;
        }
        skipped.add(
            "line "
                + blanked.get().line()
                + " ("
                + Redaction.sanitize(blanked.get().start())
                + ")");
        text = blanked.get().text();
        parsed = forThisThread().parse(text);
      }
      if (isParsed(parsed)) {
        return new Parsed(
            parsed.getResult().get(),
            skipped.isEmpty()
                ? null
                : new Diagnostic(
                    file.path(),
                    "could not be parsed at "
                        + String.join(", ", skipped)
                        + "; the rest of the file was analysed"
                        + " (JavaParser "
                        + PARSER_VERSION
                        + " cannot read some valid Java, such as"
                        + " local enums)"));
      }
      return new Parsed(null, new Diagnostic(file.path(), parseFailure(first)));
    } catch (RuntimeException | StackOverflowError e) {
      return new Parsed(null, Diagnostic.failure(file.path(), "could not be parsed", e));
    }
  }

  private static boolean isParsed(ParseResult<CompilationUnit> parsed) {
    return parsed.isSuccessful() && parsed.getResult().isPresent();
  }

  private static Optional<com.github.javaparser.Position> problemPosition(
      ParseResult<CompilationUnit> parsed) {
    return parsed.getProblems().stream()
        .findFirst()
        .flatMap(p -> p.getLocation())
        .flatMap(l -> l.getBegin().getRange())
        .map(r -> r.begin);
  }

  private static String parseFailure(ParseResult<CompilationUnit> parsed) {
    if (parsed.getProblems().isEmpty()) {
      return "could not be parsed";
    }
    Problem problem = parsed.getProblems().get(0);
    String where =
        problem
            .getLocation()
            .flatMap(l -> l.getBegin().getRange())
            .map(r -> " at line " + r.begin.line + ", column " + r.begin.column)
            .orElse("");
    // JavaParser goes on to list every token it expected; the token it found is what helps.
    String what = problem.getMessage().lines().findFirst().orElse("").strip();
    int expected = what.indexOf(", expected");
    if (expected >= 0) {
      what = what.substring(0, expected);
    }
    return "could not be parsed" + where + ": " + Redaction.sanitize(what);
  }
}
