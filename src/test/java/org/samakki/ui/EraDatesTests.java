package org.samakki.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates read and typed in the Buddhist era (B.E. = C.E. + 543) or the Gregorian calendar. */
class EraDatesTests {

  static final LocalDate NOV_22_2026 = LocalDate.of(2026, 11, 22);

  @Test
  void aThaiReaderOfTheBuddhistEraSeesYear2569() {
    EraDates thai = new EraDates(CalendarSystem.BUDDHIST.locale(Language.THAI));
    assertThat(thai.format(NOV_22_2026)).isEqualTo("22 พ.ย. 2569");
    assertThat(thai.input(NOV_22_2026)).isEqualTo("2569-11-22");
    assertThat(thai.year(NOV_22_2026)).isEqualTo(2569);
  }

  @Test
  void aDateKnownOnlyInPartIsShownToThePrecisionKnown() {
    EraDates thai = new EraDates(CalendarSystem.BUDDHIST.locale(Language.THAI));
    EraDates english = new EraDates(CalendarSystem.GREGORIAN.locale(Language.ENGLISH));
    assertThat(thai.partial("1990")).isEqualTo("2533");
    assertThat(thai.partial("1990-05")).isEqualTo("พ.ค. 2533");
    assertThat(english.partial("1990-05-12")).isEqualTo("12 May 1990");
    assertThat(english.partial(null)).isEmpty();
    assertThat(english.partial("unknown")).isEqualTo("unknown");
  }

  @Test
  void aGregorianReaderSeesYear2026InTheirLanguage() {
    assertThat(new EraDates(CalendarSystem.GREGORIAN.locale(Language.ENGLISH)).format(NOV_22_2026))
        .isEqualTo("22 Nov 2026");
    assertThat(
            new EraDates(CalendarSystem.GREGORIAN.locale(Language.VIETNAMESE)).input(NOV_22_2026))
        .isEqualTo("2026-11-22");
  }

  @Test
  void burmeseDatesUseTheDigitsEveryTeamMemberReads() {
    String burmese =
        new EraDates(CalendarSystem.BUDDHIST.locale(Language.BURMESE)).format(NOV_22_2026);
    assertThat(burmese).contains("2569").doesNotContain("၂");
  }

  @Test
  void aTypedDateIsReadInEitherEra() {
    assertThat(EraDates.parse("2569-11-22")).isEqualTo(NOV_22_2026);
    assertThat(EraDates.parse("2026-11-22")).isEqualTo(NOV_22_2026);
    assertThat(EraDates.parse(" 22/11/2569 ")).isEqualTo(NOV_22_2026);
    assertThat(EraDates.parse("1/3/2023")).isEqualTo(LocalDate.of(2023, 3, 1));
  }

  @Test
  void theSeedDocumentsYearBe2560Is2017() {
    assertThat(EraDates.gregorianYear(2560)).isEqualTo(2017);
    assertThat(EraDates.gregorianYear(2017)).isEqualTo(2017);
  }

  @Test
  void somethingThatIsNotADateIsRefused() {
    assertThatThrownBy(() -> EraDates.parse("2569-02-30"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EraDates.parse("next week"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EraDates.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
