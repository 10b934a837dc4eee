package dev.authlint.core.rules;

import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CrossProviderKeyTest {
  private final RuleTester tester = RuleTester.of(new CrossProviderKey(Catalog.defaults()));

  @Test
  void clientsGivenAnotherProvidersKeyVariable() {
    tester.expectMarkedFindings(
        javaInput("keys/CrossProvider.java"), "src/main/java/app/CrossProvider.java");
  }

  @Test
  void matchingProvidersOtherEndpointsAndFallbacksStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("keys/CrossProviderNearMisses.java"),
        "src/main/java/app/CrossProviderNearMisses.java");
  }
}
