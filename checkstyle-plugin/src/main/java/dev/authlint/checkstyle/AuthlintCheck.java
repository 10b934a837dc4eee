package dev.authlint.checkstyle;

import com.puppycrawl.tools.checkstyle.api.AbstractFileSetCheck;
import com.puppycrawl.tools.checkstyle.api.FileText;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.Level;
import dev.authlint.core.Rule;
import dev.authlint.core.SourceFile;
import dev.authlint.core.rules.Rules;
import java.io.File;
import java.nio.file.Path;

/**
 * One authlint rule as a Checkstyle check. The rule runs in core's engine, as in every other host, so a
 * file gets the same findings here as from the command line. A check whose rule this version of core
 * does not have reports nothing.
 *
 * <p>The check never throws: Checkstyle stops the whole audit on an exception from a check. A file that
 * cannot be analysed gets one {@value #MSG_SKIPPED} violation instead.
 */
public abstract class AuthlintCheck extends AbstractFileSetCheck {
  /** A finding core reports at level error. */
  public static final String MSG_ERROR = "authlint.error";
  /** A finding core reports at level warning. */
  public static final String MSG_WARNING = "authlint.warning";
  /** A file this check could not analyse. */
  public static final String MSG_SKIPPED = "authlint.skipped";
  /** An {@code authlint:ignore} comment that cannot work, e.g. one naming no rule. */
  public static final String MSG_IGNORE_COMMENT = "authlint.ignoreComment";

  private final String ruleId;
  private final Rule rule;
  private boolean includeTests;
  private Path cacheFile;

  protected AuthlintCheck(String ruleId) {
    this.ruleId = ruleId;
    this.rule = Rules.byId(ruleId).orElse(null);
    // Java sources and the configuration files the rules read (application*.properties|yml|yaml,
    // .env). Checkstyle matches extensions as name suffixes, so ".env" is reached but ".env.local"
    // only if the user adds "local" to fileExtensions.
    setFileExtensions("java", "properties", "yml", "yaml", "env");
  }

  /** Also report, in test sources, what is off there by default (dummy keys, unhandled calls). */
  public final void setIncludeTests(boolean includeTests) {
    this.includeTests = includeTests;
  }

  /**
   * Keep authlint's results in this file, as the command line's {@code --cache} does, and analyse
   * again only the files whose text, or what they depend on elsewhere in the project, changed.
   */
  public final void setCacheFile(String cacheFile) {
    this.cacheFile = cacheFile == null || cacheFile.isBlank() ? null : Path.of(cacheFile);
  }

  @Override
  protected final void processFiltered(File file, FileText fileText) {
    if (rule == null) {
      return;
    }
    try {
      SourceFile source = SharedAnalysis.sourceFile(file, fileText.getFullText().toString());
      if (source == null) {
        return;
      }
      Engine.FileResult result = SharedAnalysis.analyze(source, includeTests, cacheFile);
      for (Finding finding : result.findings()) {
        if (finding.ruleId().equals(ruleId)) {
          // Core's columns count a tab as one character; Checkstyle wants that 0-based index and
          // expands tabs itself.
          log(finding.line(), finding.column() - 1,
              finding.level() == Level.ERROR ? MSG_ERROR : MSG_WARNING, finding.message());
        }
      }
      if (result.diagnostic() != null
          && (source.kind() != SourceFile.Kind.JAVA || rule.needsParse(source))) {
        log(1, MSG_SKIPPED, result.diagnostic().message());
      }
      // Each warning names the rule it concerns (for a misspelt id, the nearest): that check shows it.
      for (Diagnostic warning : result.warnings()) {
        if (ruleId.equals(warning.ruleId())) {
          log(warning.line(), MSG_IGNORE_COMMENT, warning.message());
        }
      }
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      log(1, MSG_SKIPPED, "internal error " + e.getClass().getSimpleName());
    }
  }

  /** The audit is over: the first of our checks to hear it writes the cache. */
  @Override
  public void finishProcessing() {
    if (cacheFile != null) {
      SharedAnalysis.endAudit(cacheFile);
    }
  }
}
