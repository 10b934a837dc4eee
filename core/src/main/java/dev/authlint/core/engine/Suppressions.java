package dev.authlint.core.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Finding;
import dev.authlint.core.SourceFile;
import dev.authlint.core.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways users silence a finding: {@code @SuppressWarnings("authlint:RuleId")} (or {@code
 * "authlint"} for every rule) on an enclosing declaration, and an {@code authlint:ignore
 * [RuleId,...]} comment. In Java the comment goes on the finding's line. In configuration files it
 * goes on a comment line directly above the entry; YAML and {@code .env} files also take it as a
 * trailing comment on the entry's line, but {@code .properties} files do not, since there a {@code
 * #} after a value is part of the value. Rule ids are matched ignoring case; an id that names no
 * rule gives a warning.
 */
public final class Suppressions {
  private static final String PREFIX = "authlint";
  private static final Pattern IGNORE_COMMENT =
      Pattern.compile("authlint:ignore(?:[ \\t]+([A-Za-z]+(?:[ \\t]*,[ \\t]*[A-Za-z]+)*))?");

  private record Scope(int firstLine, int lastLine, String value) {}

  private final SourceFile file;
  private final String[] lines;
  private final List<Scope> annotated = new ArrayList<>();

  public Suppressions(SourceFile file, CompilationUnit cu) {
    this.file = file;
    this.lines = file.text().split("\r\n|\r|\n", -1);
    if (cu != null) {
      for (AnnotationExpr annotation : cu.findAll(AnnotationExpr.class)) {
        String name = annotation.getNameAsString();
        if (name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings")) {
          annotation.getParentNode().ifPresent(target -> addScopes(target, annotation));
        }
      }
    }
  }

  private void addScopes(Node target, AnnotationExpr annotation) {
    if (!(annotation instanceof SingleMemberAnnotationExpr single)
        || target.getBegin().isEmpty()
        || target.getEnd().isEmpty()) {
      return;
    }
    for (Expression value : values(single.getMemberValue())) {
      if (value instanceof StringLiteralExpr literal
          && literal.asString().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
        annotated.add(
            new Scope(
                target.getBegin().get().line, target.getEnd().get().line, literal.asString()));
      }
    }
  }

  private static List<Expression> values(Expression member) {
    return member instanceof ArrayInitializerExpr array ? array.getValues() : List.of(member);
  }

  public boolean isSuppressed(Finding finding) {
    return byComment(finding) || byAnnotation(finding);
  }

  private boolean byComment(Finding finding) {
    int index = finding.line() - 1;
    if (index < 0 || index >= lines.length) {
      return false;
    }
    if (file.kind() == SourceFile.Kind.JAVA) {
      return ignores(lines[index], finding.ruleId());
    }
    if (file.kind() != SourceFile.Kind.PROPERTIES
        && ignores(trailingComment(lines[index]), finding.ruleId())) {
      return true;
    }
    for (int above = index - 1; above >= 0 && isCommentLine(lines[above]); above--) {
      if (ignores(lines[above], finding.ruleId())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds an ignore comment for the rule (or for every rule). */
  private static boolean ignores(String text, String ruleId) {
    Matcher m = IGNORE_COMMENT.matcher(text);
    while (m.find()) {
      if (m.group(1) == null || ids(m).stream().anyMatch(ruleId::equalsIgnoreCase)) {
        return true;
      }
    }
    return false;
  }

  /** The rule ids an ignore comment names; none for one that ignores every rule. */
  private static List<String> ids(Matcher ignoreComment) {
    String named = ignoreComment.group(1);
    return named == null ? List.of() : List.of(named.split("[ \\t]*,[ \\t]*"));
  }

  /** A line of a configuration file that is only a comment. */
  private boolean isCommentLine(String line) {
    String trimmed = line.strip();
    return trimmed.startsWith("#")
        || (file.kind() == SourceFile.Kind.PROPERTIES && trimmed.startsWith("!"));
  }

  /**
   * The YAML or dotenv comment at the end of a line: from a '#' that starts it or follows a blank.
   */
  private static String trailingComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(i);
      }
    }
    return "";
  }

  private boolean byAnnotation(Finding finding) {
    for (Scope scope : annotated) {
      if (finding.line() >= scope.firstLine()
          && finding.line() <= scope.lastLine()
          && (scope.value().equalsIgnoreCase(PREFIX)
              || scope.value().equalsIgnoreCase(PREFIX + ":" + finding.ruleId()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Warnings about ignore comments that cannot work: one naming no rule (a misspelt id suppresses
   * nothing), and, in a {@code .properties} file, one after a value, where it is part of the value.
   * Each names the rule it most likely meant, so that every host can show it with that rule.
   */
  public List<Diagnostic> warnings() {
    List<Diagnostic> warnings = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = IGNORE_COMMENT.matcher(lines[i]);
      while (m.find()) {
        List<String> ids = ids(m);
        for (String id : ids) {
          if (Rules.canonicalId(id).isEmpty()) {
            String closest = Rules.closestId(id);
            warnings.add(
                Diagnostic.warning(
                    file.path(),
                    i + 1,
                    closest,
                    "unknown rule '"
                        + id
                        + "' in authlint:ignore, so nothing is suppressed by it"
                        + " (did you mean "
                        + closest
                        + "?)"));
          }
        }
        if (file.kind() == SourceFile.Kind.PROPERTIES && !isCommentLine(lines[i])) {
          warnings.add(
              Diagnostic.warning(
                  file.path(),
                  i + 1,
                  ids.stream()
                      .findFirst()
                      .map(id -> Rules.canonicalId(id).orElseGet(() -> Rules.closestId(id)))
                      .orElse(null),
                  "authlint:ignore after a value in a .properties file is part of the value and"
                      + " suppresses nothing; put it on a comment line above the entry"));
        }
      }
    }
    return warnings;
  }

  /** The line's text, for fingerprints. */
  public String line(int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }
}
