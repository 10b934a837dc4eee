package dev.authlint.core.rules;

import static dev.authlint.core.testing.RuleTester.javaInput;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MalformedKeySourceTest {
  private final RuleTester tester = RuleTester.of(new MalformedKeySource(Catalog.defaults()));

  @Test
  void unstrippedFileReadsAndUnresolvedPlaceholdersAtKeySinks() {
    tester.expectMarkedFindings(
        javaInput("keys/Malformed.java"), "src/main/java/app/Malformed.java");
  }

  /**
   * A miswritten @Value placeholder reaching a key sink; resolved ones, SpEL and other values stay
   * quiet.
   */
  @Test
  void miswrittenValuePlaceholdersAtKeySinks() {
    tester.expectMarkedFindings(
        javaInput("keys/MiswrittenValue.java"), "src/main/java/app/MiswrittenValue.java");
  }

  @Test
  void strippedReadsAndResolvedPlaceholdersStayQuiet() {
    tester.expectMarkedFindings(
        javaInput("keys/MalformedNearMisses.java"), "src/main/java/app/MalformedNearMisses.java");
  }
}
