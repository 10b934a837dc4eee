package dev.authlint.core;

import java.util.List;
import java.util.Locale;

/** Everything one run found, in report order. */
public record AnalysisResult(
    List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalysed) {

  /** How many files, or parts of files, went unanalysed. */
  public long notAnalysed() {
    return diagnostics.stream().filter(Diagnostic::notAnalysed).count();
  }

  /**
   * One line for people: {@code 1 error, 2 warnings in 3 files; 1 not analysed}, or, when no file
   * was found to analyse, which files authlint reads.
   */
  public String summary() {
    if (filesAnalysed == 0 && diagnostics.isEmpty()) {
      return "no files analysed: authlint reads " + SourceFile.Kind.READ;
    }
    long errors = findings.stream().filter(f -> f.level() == Level.ERROR).count();
    long warnings = findings.size() - errors;
    long notAnalysed = notAnalysed();
    return String.format(
        Locale.ROOT,
        "%d error%s, %d warning%s in %d file%s%s",
        errors,
        errors == 1 ? "" : "s",
        warnings,
        warnings == 1 ? "" : "s",
        filesAnalysed,
        filesAnalysed == 1 ? "" : "s",
        notAnalysed == 0 ? "" : "; " + notAnalysed + " not analysed");
  }
}
