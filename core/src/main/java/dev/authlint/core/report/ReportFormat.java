package dev.authlint.core.report;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Rule;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The output formats every host can write. */
public enum ReportFormat {
  TEXT,
  JSON,
  CHECKSTYLE,
  SARIF;

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
