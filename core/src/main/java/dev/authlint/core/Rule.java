package dev.authlint.core;

import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.project.ProjectModel;

/**
 * One check. Rules are stateless and shared between threads; all per-file state lives in the {@link
 * JavaUnit} and the {@link FileReport} they are given.
 */
public interface Rule {
  RuleDescriptor descriptor();

  /** The stable id users configure and suppress; part of the public contract. */
  default String id() {
    return descriptor().id();
  }

  default Level defaultLevel() {
    return descriptor().defaultLevel();
  }

  /** One sentence: what is reported. */
  default String summary() {
    return descriptor().summary();
  }

  /** A paragraph: why it matters and what to do instead. */
  default String description() {
    return descriptor().description();
  }

  /**
   * Whether this rule needs the Java file parsed. A cheap text test: most files of a project never
   * mention an LLM SDK and are never parsed.
   */
  boolean needsParse(SourceFile file);

  /**
   * Whether this rule also reads a Java file that never names an SDK but uses a type of the project
   * that holds a client, a model or an AI service (a controller calling an injected
   * {@code @AiService}), when the text could hold what it reports. A cheap text test.
   */
  default boolean readsForProjectClientTypes(SourceFile file) {
    return false;
  }

  /**
   * Whether this rule judges the file at all, in the project it belongs to: an SDK's own sources
   * are not an application's, for a rule about how applications use the SDK.
   */
  default boolean judges(SourceFile file, ProjectModel project) {
    return true;
  }

  /** Checks a parsed Java file. */
  void check(JavaUnit unit, FileReport report);

  /**
   * Checks a file's text, parsed or not: configuration files, and Java that could not be parsed.
   */
  default void checkText(SourceFile file, FileReport report) {}
}
