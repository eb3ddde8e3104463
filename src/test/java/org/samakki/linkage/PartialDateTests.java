package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTests {

  @Test
  void fullYearMonthAndYearOnlyDatesAreRead() {
    assertThat(PartialDate.parse("1990-05-03")).isEqualTo(new PartialDate(1990, 5, 3));
    assertThat(PartialDate.parse("1990-05")).isEqualTo(new PartialDate(1990, 5, 0));
    assertThat(PartialDate.parse("1990")).isEqualTo(new PartialDate(1990, 0, 0));
    assertThat(PartialDate.parse("1990-05").isFull()).isFalse();
  }

  @Test
  void aYearAbove2400IsBuddhistEra() {
    assertThat(PartialDate.parse("2533-05-03")).isEqualTo(new PartialDate(1990, 5, 3));
    assertThat(PartialDate.parse("2560")).isEqualTo(new PartialDate(2017, 0, 0));
  }

  @Test
  void aMonthAbove12WithASmallDayIsReadAsDayAndMonthSwapped() {
    assertThat(PartialDate.parse("1990-25-03")).isEqualTo(new PartialDate(1990, 3, 25));
  }

  @Test
  void impossibleDatesAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> PartialDate.parse("1990-02-30")).hasMessageContaining("No day 30");
    assertThatThrownBy(() -> PartialDate.parse("03/05/1990")).hasMessageContaining("Not a date");
    assertThatThrownBy(() -> PartialDate.parse("1990-13-13")).hasMessageContaining("Month");
    assertThatThrownBy(() -> PartialDate.parse("")).hasMessageContaining("Empty");
  }

  @Test
  void printsInTheFormItWasKnown() {
    assertThat(PartialDate.parse("2533-5").toString()).isEqualTo("1990-05");
  }
}
