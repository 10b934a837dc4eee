package dev.authlint.core.report;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authlint.core.AnalysisResult;
import dev.authlint.core.Diagnostic;
import dev.authlint.core.Finding;
import dev.authlint.core.Level;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.SarifSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportFormatTest {
  private static final AnalysisResult RESULT =
      new AnalysisResult(
          List.of(
              new Finding(
                  "HardcodedApiKey",
                  Level.ERROR,
                  "src/main/java/a b/App.java",
                  3,
                  20,
                  3,
                  60,
                  "OpenAI project key sk-proj-… (164 chars) is hardcoded. \"quoted\" <xml> & more",
                  "0123abcd"),
              new Finding(
                  "HardcodedApiKey",
                  Level.WARNING,
                  "src/main/resources/application.properties",
                  2,
                  26,
                  2,
                  40,
                  "The value of spring.ai.openai.api-key is a literal key",
                  "4567ef01")),
          List.of(
              new Diagnostic(
                  "src/main/java/Broken.java", "could not be parsed at line 1, column 9")),
          3);

  private static String write(ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    format.write(RESULT, Rules.all(), out);
    return out.toString();
  }

  @Test
  void textIsOneLinePerFindingAsEditorsLinkIt() throws IOException {
    assertThat(write(ReportFormat.TEXT).lines().toList())
        .containsExactly(
            "src/main/java/a b/App.java:3:20: error: HardcodedApiKey: OpenAI project key sk-proj-… (164 chars)"
                + " is hardcoded. \"quoted\" <xml> & more",
            "src/main/resources/application.properties:2:26: warning: HardcodedApiKey: The value of"
                + " spring.ai.openai.api-key is a literal key")
        .inOrder();
  }

  @Test
  void sarifIsValidAgainstTheSchema() throws IOException {
    assertThat(SarifSchema.violations(write(ReportFormat.SARIF))).isEmpty();
  }

  @Test
  void sarifCarriesWhatGitHubCodeScanningReads() throws IOException {
    JsonNode run = new ObjectMapper().readTree(write(ReportFormat.SARIF)).get("runs").get(0);
    JsonNode rule = run.at("/tool/driver/rules/0");
    assertThat(rule.get("id").asText()).isEqualTo("HardcodedApiKey");
    assertThat(rule.at("/shortDescription/text").asText()).isNotEmpty();
    assertThat(rule.at("/fullDescription/text").asText()).isNotEmpty();
    assertThat(rule.get("helpUri").asText()).endsWith("docs/rules/HardcodedApiKey.md");
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");

    JsonNode result = run.at("/results/0");
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText())
        .isEqualTo("src/main/java/a%20b/App.java");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(20);
    assertThat(result.at("/partialFingerprints/authlint~1v1").asText()).isEqualTo("0123abcd");
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
        .contains("could not be parsed");
  }

  @Test
  void jsonHoldsEveryFieldAndTheDiagnostics() throws IOException {
    JsonNode root = new ObjectMapper().readTree(write(ReportFormat.JSON));
    assertThat(root.get("filesAnalysed").asInt()).isEqualTo(3);
    JsonNode first = root.at("/findings/0");
    assertThat(first.get("ruleId").asText()).isEqualTo("HardcodedApiKey");
    assertThat(first.get("endColumn").asInt()).isEqualTo(60);
    assertThat(first.get("fingerprint").asText()).isEqualTo("0123abcd");
    assertThat(root.at("/diagnostics/0/path").asText()).isEqualTo("src/main/java/Broken.java");
  }

  @Test
  void checkstyleXmlIsWellFormedAndGroupedByFile() throws Exception {
    byte[] xml = write(ReportFormat.CHECKSTYLE).getBytes(StandardCharsets.UTF_8);
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml));
    assertThat(document.getElementsByTagName("file").getLength()).isEqualTo(3);
    Element diagnostic = (Element) document.getElementsByTagName("error").item(0);
    assertThat(diagnostic.getAttribute("source")).isEqualTo("authlint.FileNotAnalysed");
    Element finding = (Element) document.getElementsByTagName("error").item(1);
    assertThat(finding.getAttribute("source")).isEqualTo("authlint.HardcodedApiKey");
    assertThat(finding.getAttribute("message")).endsWith("<xml> & more");
  }
}
