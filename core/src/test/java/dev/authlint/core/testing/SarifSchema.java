package dev.authlint.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates SARIF against the OASIS SARIF 2.1.0 JSON schema (shipped in sarif4j's jar). */
public final class SarifSchema {
  private static final JsonSchema SCHEMA = load();

  private SarifSchema() {}

  /** The schema violations of a SARIF document; empty when it is valid. */
  public static List<String> violations(String sarif) {
    try {
      JsonNode document = new ObjectMapper().readTree(sarif);
      return SCHEMA.validate(document).stream()
          .map(ValidationMessage::getMessage)
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  private static JsonSchema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/json/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
