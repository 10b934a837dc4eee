package dev.authlint.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Finding;
import dev.authlint.core.Tool;
import java.io.IOException;
import java.io.Writer;

/** authlint's own JSON: every finding field, plus the files that could not be analysed. */
final class JsonReport {
  private JsonReport() {}

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static void write(AnalysisResult result, Writer out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("tool", Tool.NAME);
    root.put("version", Tool.version());
    root.put("filesAnalysed", result.filesAnalysed());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      findings
          .addObject()
          .put("ruleId", f.ruleId())
          .put("level", f.level().lowerCase())
          .put("path", f.path())
          .put("line", f.line())
          .put("column", f.column())
          .put("endLine", f.endLine())
          .put("endColumn", f.endColumn())
          .put("message", f.message())
          .put("fingerprint", f.fingerprint());
    }
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : result.diagnostics()) {
      diagnostics
          .addObject()
          .put("level", d.level().lowerCase())
          .put("path", d.path())
          .put("line", d.line())
          .put("message", d.message());
    }
    MAPPER.writeValue(new NonClosingWriter(out), root);
    out.write(System.lineSeparator());
  }
}
