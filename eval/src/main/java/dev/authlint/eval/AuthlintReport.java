package dev.authlint.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the findings of authlint's JSON report ({@code --format json}). */
public final class AuthlintReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuthlintReport() {}

  public static List<Finding> read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file));
  }

  /** Parses a report's text; {@code fileName} is only used in messages. */
  public static List<Finding> parse(String fileName, String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadInputException(fileName + ": not JSON: " + e.getOriginalMessage());
    }
    JsonNode findings = root == null ? null : root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw new BadInputException(fileName + ": no findings array; is it authlint's JSON report?");
    }
    List<Finding> result = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      JsonNode finding = findings.get(i);
      String where = fileName + ": findings[" + i + "]: ";
      String path = text(finding, "path", where);
      String rule = text(finding, "ruleId", where);
      JsonNode line = finding.get("line");
      if (line == null || !line.canConvertToInt() || line.asInt() < 1) {
        throw new BadInputException(where + "no line");
      }
      // Rows are relative to the repository; run.sh runs authlint from the repository's root so
      // that authlint prints relative paths.
      if (path.startsWith("/") || path.matches("[A-Za-z]:[/\\\\].*")) {
        throw new BadInputException(
            where + "path " + path + " is absolute; run authlint from the repository's root");
      }
      result.add(new Finding(path, line.asInt(), rule));
    }
    return result;
  }

  private static String text(JsonNode finding, String field, String where) {
    JsonNode value = finding.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new BadInputException(where + "no " + field);
    }
    return value.asText();
  }
}
