package org.samakki.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionTests {

  final Suppression underFive = new Suppression(5);

  @Test
  void countsFromOneToFourAreNotPublished() {
    for (long workers = 1; workers <= 4; workers++) {
      assertThat(underFive.cell("LAO", workers)).isEqualTo(new Cell("LAO", null, true));
    }
  }

  @Test
  void zeroAndFiveOrMoreArePublished() {
    assertThat(underFive.cell("LAO", 0)).isEqualTo(new Cell("LAO", 0L, false));
    assertThat(underFive.cell("LAO", 5)).isEqualTo(new Cell("LAO", 5L, false));
    assertThat(new Suppression(10).cell("LAO", 9).suppressed()).isTrue();
  }

  @Test
  void aCellHasANumberExactlyWhenItIsNotSuppressed() {
    assertThatThrownBy(() -> new Cell("LAO", 3L, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell("LAO", null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
