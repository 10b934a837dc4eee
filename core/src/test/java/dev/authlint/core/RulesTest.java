package dev.authlint.core;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlint.core.rules.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule ids as users write them: in any case, and sometimes misspelt. */
class RulesTest {
  @Test
  void idsAreLookedUpIgnoringCase() {
    assertThat(Rules.byId("hardcodedapikey").orElseThrow().id()).isEqualTo("HardcodedApiKey");
    assertThat(Rules.canonicalId(" RETRIESAUTHERROR ")).hasValue("RetriesAuthError");
    assertThat(Rules.select(List.of("hardcodedApiKey"), List.of()).stream().map(Rule::id).toList())
        .containsExactly("HardcodedApiKey");
    assertThat(Rules.select(List.of(), List.of("HARDCODEDAPIKEY")).stream().map(Rule::id).toList())
        .doesNotContain("HardcodedApiKey");
  }

  @Test
  void anUnknownIdListsTheRules() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Rules.select(List.of("Nope"), List.of()));
    assertThat(e).hasMessageThat().startsWith("unknown rule 'Nope'; rules are HardcodedApiKey, ");
  }

  @Test
  void theClosestIdIsTheLikelyMeaningOfAMisspelling() {
    assertThat(Rules.closestId("HardcodedKey")).isEqualTo("HardcodedApiKey");
    assertThat(Rules.closestId("unhandledautherrors")).isEqualTo("UnhandledAuthError");
    assertThat(Rules.closestId("KeySetAfterInit")).isEqualTo("KeySetAfterClientInit");
  }
}
