package dev.authlint.core.report;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Rule;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The output formats every host can write. */
public enum ReportFormat {
  TEXT,
  JSON,
  CHECKSTYLE,
  SARIF;

  public static ReportFormat parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /** Writes the result; {@code rules} are the rules that ran (SARIF lists them). */
  public void write(AnalysisResult result, List<Rule> rules, Writer out) throws IOException {
    switch (this) {
      case TEXT -> TextReport.write(result, out);
      case JSON -> JsonReport.write(result, out);
      case CHECKSTYLE -> CheckstyleReport.write(result, out);
      case SARIF -> SarifReport.write(result, rules, out);
    }
    out.flush();
  }
}
