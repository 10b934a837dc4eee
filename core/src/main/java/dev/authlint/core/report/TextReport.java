package dev.authlint.core.report;

import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code path:line:col: level: RuleId: message}, one finding a line: what editors and CI logs link.
 */
public final class TextReport {
  private TextReport() {}

  public static String line(Finding f) {
    return f.path()
        + ":"
        + f.line()
        + ":"
        + f.column()
        + ": "
        + f.level().lowerCase()
        + ": "
        + f.ruleId()
        + ": "
        + f.message();
  }

  static void write(AnalysisResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      out.write(line(finding));
      out.write(System.lineSeparator());
    }
  }
}
