package dev.authlint.core;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one file as the rules report them. */
public final class FileReport {
  private final SourceFile file;
  private final boolean testCodeQuiet;
  private final List<Finding> findings = new ArrayList<>();

  FileReport(SourceFile file, boolean includeTests) {
    this.file = file;
    this.testCodeQuiet = file.isTest() && !includeTests;
  }

  public SourceFile file() {
    return file;
  }

  /**
   * Whether findings that are off in test code by default (dummy keys at sinks, unhandled calls)
   * must stay quiet in this file.
   */
  public boolean testCodeQuiet() {
    return testCodeQuiet;
  }

  /** Reports at a node's source range. */
  public void add(Rule rule, Level level, Node node, String message) {
    Position begin = node.getBegin().orElse(new Position(1, 1));
    Position end = node.getEnd().orElse(begin);
    add(rule, level, begin.line, begin.column, end.line, end.column + 1, message);
  }

  /** Reports at explicit 1-based positions; the end column is exclusive. */
  public void add(
      Rule rule, Level level, int line, int column, int endLine, int endColumn, String message) {
    findings.add(
        new Finding(rule.id(), level, file.path(), line, column, endLine, endColumn, message, ""));
  }

  List<Finding> findings() {
    return findings;
  }
}
