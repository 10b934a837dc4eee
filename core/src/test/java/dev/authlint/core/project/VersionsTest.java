package dev.authlint.core.project;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {
  @Test
  void ordersNumbersAsNumbersAndQualifiersBeforeTheirRelease() {
    List<String> versions =
        new ArrayList<>(
            List.of(
                "1.0.0",
                "0.36.2",
                "1.0.0-beta2",
                "1.0.0-M1",
                "0.9.0",
                "1.0.0-alpha1",
                "1.0.0-beta10",
                "1.0.0-RC1",
                "1.0.0-SNAPSHOT",
                "1.19.0",
                "1.19.0-beta29",
                "1.2.0"));
    versions.sort(Versions.ORDER);
    assertThat(versions)
        .containsExactly(
            "0.9.0",
            "0.36.2",
            "1.0.0-alpha1",
            "1.0.0-beta2",
            "1.0.0-beta10",
            "1.0.0-M1",
            "1.0.0-RC1",
            "1.0.0-SNAPSHOT",
            "1.0.0",
            "1.2.0",
            "1.19.0-beta29",
            "1.19.0")
        .inOrder();
  }

  @Test
  void generationBounds() {
    assertThat(Versions.isBefore("0.35.0", "1.0.0-beta2")).isTrue();
    assertThat(Versions.isBefore("1.0.0-beta1", "1.0.0-beta2")).isTrue();
    assertThat(Versions.isBefore("1.0.0-beta2", "1.0.0-beta2")).isFalse();
    assertThat(Versions.isBefore("0.8.1", "1.0.0-M1")).isTrue();
    assertThat(Versions.isBefore("1.0.0", "2.0.0-M1")).isTrue();
    assertThat(Versions.isBefore("0.10.0", "0.10.0")).isFalse();
    assertThat(Versions.isBefore("99999999999999999999999", "1")).isFalse();
  }
}
