package dev.authlint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Finding;
import dev.authlint.core.Rule;
import dev.authlint.core.Tool;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rule metadata with help, results with relative URIs
 * under {@code %SRCROOT%}, regions, and {@code partialFingerprints}; files that could not be
 * analysed become tool execution notifications.
 */
final class SarifReport {
  private SarifReport() {}

  static final String FINGERPRINT_KEY = "authlint/v1";
  private static final String SRCROOT = "%SRCROOT%";

  static void write(AnalysisResult result, List<Rule> rules, Writer out) throws IOException {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", Tool.NAME);
    driver.put("version", Tool.version());
    driver.put("semanticVersion", Tool.version().replace("-SNAPSHOT", ""));
    driver.put("informationUri", Tool.homepage());
    ArrayNode ruleArray = driver.putArray("rules");
    for (Rule rule : rules) {
      ObjectNode r = ruleArray.addObject();
      r.put("id", rule.id());
      r.put("name", rule.id());
      r.putObject("shortDescription").put("text", rule.summary());
      r.putObject("fullDescription").put("text", rule.description());
      r.put("helpUri", Tool.helpUri(rule.id()));
      r.putObject("help").put("text", rule.description() + " See " + Tool.helpUri(rule.id()));
      r.putObject("defaultConfiguration").put("level", rule.defaultLevel().lowerCase());
      r.putObject("properties").putArray("tags").add("security").add("authentication");
    }

    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      int index = indexOf(rules, f.ruleId());
      if (index >= 0) {
        r.put("ruleIndex", index);
      }
      r.put("level", f.level().lowerCase());
      r.putObject("message").put("text", f.message());
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      artifact(physical, f.path());
      physical
          .putObject("region")
          .put("startLine", f.line())
          .put("startColumn", f.column())
          .put("endLine", f.endLine())
          .put("endColumn", Math.max(f.endColumn(), f.line() == f.endLine() ? f.column() + 1 : 1));
      r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (Diagnostic d : result.diagnostics()) {
      ObjectNode n = notifications.addObject();
      n.put("level", d.level().lowerCase());
      n.putObject("message").put("text", d.message());
      ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
      artifact(physical, d.path());
      if (d.line() > 0) {
        physical.putObject("region").put("startLine", d.line());
      }
    }
    JsonReport.MAPPER.writeValue(new NonClosingWriter(out), root);
    out.write(System.lineSeparator());
  }

  private static void artifact(ObjectNode physicalLocation, String path) {
    ObjectNode artifact = physicalLocation.putObject("artifactLocation").put("uri", uri(path));
    if (!path.startsWith("/")) {
      artifact.put("uriBaseId", SRCROOT);
    }
  }

  /** A relative URI reference: the path with the characters URIs do not allow percent-encoded. */
  private static String uri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static int indexOf(List<Rule> rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
