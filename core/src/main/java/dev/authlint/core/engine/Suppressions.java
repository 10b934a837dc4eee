package dev.authlint.core.engine;

import dev.authlint.core.Finding;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways users silence a finding: {@code @SuppressWarnings("authlint:RuleId")} (or
 * {@code "authlint"} for every rule) on an enclosing declaration, and an
 * {@code authlint:ignore [RuleId,...]} comment on the finding's line.
 */
public final class Suppressions {
  private static final String PREFIX = "authlint";
  private static final Pattern IGNORE_COMMENT =
      Pattern.compile("authlint:ignore(?:\\s+([A-Za-z]+(?:\\s*,\\s*[A-Za-z]+)*))?");

  private record Scope(int firstLine, int lastLine, String value) {}

  private final String[] lines;
  private final List<Scope> annotated = new ArrayList<>();

  public Suppressions(String text, CompilationUnit cu) {
    this.lines = text.split("\r\n|\r|\n", -1);
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
      if (value instanceof StringLiteralExpr literal && literal.asString().startsWith(PREFIX)) {
        annotated.add(
            new Scope(target.getBegin().get().line, target.getEnd().get().line, literal.asString()));
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
    Matcher m = IGNORE_COMMENT.matcher(lines[index]);
    while (m.find()) {
      if (m.group(1) == null || List.of(m.group(1).split("\\s*,\\s*")).contains(finding.ruleId())) {
        return true;
      }
    }
    return false;
  }

  private boolean byAnnotation(Finding finding) {
    for (Scope scope : annotated) {
      if (finding.line() >= scope.firstLine()
          && finding.line() <= scope.lastLine()
          && (scope.value().equals(PREFIX) || scope.value().equals(PREFIX + ":" + finding.ruleId()))) {
        return true;
      }
    }
    return false;
  }

  /** The line's text, for fingerprints. */
  public String line(int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }
}
