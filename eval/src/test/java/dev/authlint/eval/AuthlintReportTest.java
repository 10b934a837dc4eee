package dev.authlint.eval;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AuthlintReportTest {
  @Test
  void readsRulePathAndLineOfEachFinding() {
    String json =
        """
        {"tool": "authlint", "findings": [
          {"ruleId": "HardcodedApiKey", "level": "error", "path": "src/A.java", "line": 7,
           "column": 3, "message": "m"},
          {"ruleId": "UnhandledAuthError", "path": "src/B.java", "line": 12}
        ], "diagnostics": []}
        """;

    assertThat(AuthlintReport.parse("r.json", json))
        .containsExactly(
            new Finding("src/A.java", 7, "HardcodedApiKey"),
            new Finding("src/B.java", 12, "UnhandledAuthError"))
        .inOrder();
  }

  @Test
  void absolutePathsAreRefused() {
    String json = "{\"findings\": [{\"ruleId\": \"R\", \"path\": \"/tmp/x/A.java\", \"line\": 1}]}";

    BadInputException e =
        assertThrows(BadInputException.class, () -> AuthlintReport.parse("r.json", json));

    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "r.json: findings[0]: path /tmp/x/A.java is absolute; run authlint from the"
                + " repository's root");
  }

  @Test
  void malformedReports() {
    assertThat(error("not json")).startsWith("r.json: not JSON: ");
    assertThat(error("{\"files\": []}"))
        .isEqualTo("r.json: no findings array; is it authlint's JSON report?");
    assertThat(error("{\"findings\": [{\"ruleId\": \"R\", \"path\": \"A.java\"}]}"))
        .isEqualTo("r.json: findings[0]: no line");
    assertThat(error("{\"findings\": [{\"path\": \"A.java\", \"line\": 2}]}"))
        .isEqualTo("r.json: findings[0]: no ruleId");
  }

  private static String error(String json) {
    return assertThrows(BadInputException.class, () -> AuthlintReport.parse("r.json", json))
        .getMessage();
  }
}
