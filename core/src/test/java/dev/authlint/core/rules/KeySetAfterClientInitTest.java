package dev.authlint.core.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.Engine;
import dev.authlint.core.Finding;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeySetAfterClientInitTest {
  private final RuleTester tester = RuleTester.of(new KeySetAfterClientInit(Catalog.defaults()));

  @Test
  void aFrameworkKeyPropertyWrittenAfterTheBeanWasInjected() {
    tester.expectMarkedFindings(
        javaInput("keyset/PerRequestKey.java"), "src/main/java/app/PerRequestKey.java");
  }

  @Test
  void keysSetAfterTheClientReadThem() {
    tester.expectMarkedFindings(
        javaInput("keyset/SetAfterBuild.java"), "src/main/java/app/SetAfterBuild.java");
  }

  @Test
  void junitLifecycleOrderInTestCode() {
    tester.expectMarkedFindings(
        javaInput("keyset/LifecycleInput.java"), "src/test/java/app/LifecycleTest.java");
  }

  @Test
  void systemPropertiesNamedLikeEnvironmentVariables() {
    tester.expectMarkedFindings(
        javaInput("keyset/PropertyNamedLikeEnv.java"),
        "src/main/java/app/PropertyNamedLikeEnv.java");
  }

  @Test
  void clientsThatReadOnlyTheEnvironment() {
    tester.expectMarkedFindings(
        javaInput("keyset/EnvOnlyClients.java"), "src/main/java/app/EnvOnlyClients.java");
  }

  @Test
  void dotenvSystemProperties() {
    tester.expectMarkedFindings(
        javaInput("keyset/DotenvProperties.java"), "src/main/java/app/DotenvProperties.java");
  }

  @Test
  void processBuilderEnvironmentWithNoProcess() {
    tester.expectMarkedFindings(
        javaInput("keyset/ProcessEnvironment.java"), "src/main/java/app/ProcessEnvironment.java");
  }

  @Test
  void keysSetBeforeAndUnknownOrdersStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("keyset/NearMisses.java"), "src/main/java/app/NearMisses.java");
  }

  @Test
  void explicitKeysAndLazyCredentialsStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("keyset/ExplicitKeys.java"), "src/main/java/app/ExplicitKeys.java");
  }

  @Test
  void aProjectClassNamedLikeTheSdkStaysQuiet() {
    tester.expectMarkedFindings(
        javaInput("keyset/OwnClientNamedLikeSdk.java"),
        "src/main/java/app/OwnClientNamedLikeSdk.java");
  }

  /**
   * Calls that fan out (2^20 paths here) and recursion are walked once per state, not once per
   * path.
   */
  @Test
  void callGraphsThatFanOutAreWalkedInTime() {
    StringBuilder code =
        new StringBuilder(
            "import com.openai.client.okhttp.OpenAIOkHttpClient;\n"
                + "class Fan {\n"
                + "  static void m0(String k) { OpenAIOkHttpClient.fromEnv(); m1(k); m1(k); m0(k);"
                + " }\n");
    for (int i = 1; i < 20; i++) {
      code.append("  static void m")
          .append(i)
          .append("(String k) { if (k.isEmpty()) { m")
          .append(i + 1)
          .append("(k); } else { m")
          .append(i + 1)
          .append("(k); } }\n");
    }
    code.append("  static void m20(String k) { System.setProperty(\"openai.apiKey\", k); }\n}\n");
    List<Finding> findings = analyze(code.toString());

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).line()).isEqualTo(23);
  }

  @Test
  void messagesNameTheClientWhereItWasBuiltAndWhatToDo() {
    String code =
        """
        import com.anthropic.client.okhttp.AnthropicOkHttpClient;
        import com.openai.client.okhttp.OpenAIOkHttpClient;
        class App {
          public static void main(String[] args) {
            var openAi = OpenAIOkHttpClient.fromEnv();
            System.setProperty("openai.apiKey", args[0]);
            System.setProperty("ANTHROPIC_API_KEY", args[1]);
            var anthropic = AnthropicOkHttpClient.fromEnv();
          }
        }
        """;
    List<Finding> findings = analyze(code);

    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).message())
        .isEqualTo(
            "The system property openai.apiKey is set after OpenAIOkHttpClient.fromEnv() at line 5"
                + " built the client and read its key, so the client never sends this value and its"
                + " requests fail with 401 Unauthorized. Set the property before line 5, or pass the"
                + " key to the builder with apiKey(..).");
    assertThat(findings.get(1).message())
        .isEqualTo(
            "No client reads a system property named ANTHROPIC_API_KEY:"
                + " AnthropicOkHttpClient.fromEnv() at line 8 reads the system property"
                + " anthropic.apiKey or the environment variable ANTHROPIC_API_KEY. Set"
                + " anthropic.apiKey before line 8, or pass the key to the builder with apiKey(..).");
  }

  private static List<Finding> analyze(String code) {
    SourceFile file = new SourceFile("src/main/java/App.java", code, SourceFile.Kind.JAVA);
    Engine.FileResult result =
        new Engine(
                List.of(new KeySetAfterClientInit(Catalog.defaults())), Catalog.defaults(), false)
            .analyze(file);
    assertThat(result.diagnostic()).isNull();
    return result.findings();
  }
}
