package dev.authlint.core;

import java.util.List;
import java.util.Locale;

/** Everything one run found, in report order. */
public record AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalysed) {

  /** One line for people: {@code 1 error, 2 warnings in 3 files; 1 not analysed}. */
  public String summary() {
    long errors = findings.stream().filter(f -> f.level() == Level.ERROR).count();
    long warnings = findings.size() - errors;
    return String.format(
        Locale.ROOT,
        "%d error%s, %d warning%s in %d file%s%s",
        errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s",
        filesAnalysed, filesAnalysed == 1 ? "" : "s",
        diagnostics.isEmpty() ? "" : "; " + diagnostics.size() + " not analysed");
  }
}
