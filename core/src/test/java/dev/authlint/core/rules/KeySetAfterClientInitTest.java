package dev.authlint.core.rules;

import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.Catalog;
import dev.authlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class KeySetAfterClientInitTest {
  private final RuleTester tester = RuleTester.of(new KeySetAfterClientInit(Catalog.defaults()));

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
        javaInput("keyset/PropertyNamedLikeEnv.java"), "src/main/java/app/PropertyNamedLikeEnv.java");
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
        javaInput("keyset/OwnClientNamedLikeSdk.java"), "src/main/java/app/OwnClientNamedLikeSdk.java");
  }
}
