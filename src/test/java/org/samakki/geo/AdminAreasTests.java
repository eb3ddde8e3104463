package org.samakki.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lookups and search over the bundled copy of Thailand's administrative areas. */
class AdminAreasTests {

  static final AdminAreas AREAS = new AdminAreas(ThaiAdminDataset.load());

  @Test
  void theBundledDatasetHoldsEveryProvinceDistrictAndSubdistrict() {
    assertThat(AREAS.count(AreaLevel.PROVINCE)).isEqualTo(77);
    assertThat(AREAS.count(AreaLevel.DISTRICT)).isEqualTo(928);
    assertThat(AREAS.count(AreaLevel.SUBDISTRICT)).isEqualTo(7436);
  }

  @Test
  void takHasMaeSotWhichHasMaeSotSubdistrict() {
    AdminArea tak = AREAS.getArea("63");
    assertThat(tak.nameEn()).isEqualTo("Tak");
    assertThat(tak.nameTh()).isEqualTo("ตาก");
    assertThat(tak.pcode()).isEqualTo("TH63");
    assertThat(AREAS.children("63")).extracting(AdminArea::code).contains("6306");

    AdminArea maeSot = AREAS.getArea("6306");
    assertThat(maeSot.level()).isEqualTo(AreaLevel.DISTRICT);
    assertThat(maeSot.nameTh()).isEqualTo("แม่สอด");
    assertThat(AREAS.path("630601"))
        .extracting(AdminArea::code)
        .containsExactly("63", "6306", "630601");
    assertThat(AREAS.getArea("630601").postalCode()).isEqualTo(63110);
  }

  @Test
  void strayPaddingInTheSourceNamesIsTrimmed() {
    assertThat(AREAS.getArea("380102").nameEn()).isEqualTo("Sang");
  }

  @Test
  void findsAnAreaByEnglishNameIgnoringCaseAndSpaces() {
    List<AdminArea> found = AREAS.search("maesot", AreaLevel.DISTRICT, null, 5);
    assertThat(found).extracting(AdminArea::code).containsExactly("6306");
  }

  @Test
  void findsAnAreaByThaiNameWithTheWordForDistrictTyped() {
    assertThat(AREAS.search("อำเภอแม่สอด", (AreaLevel) null, null, 5))
        .extracting(AdminArea::code)
        .startsWith("6306");
  }

  @Test
  void findsAnAreaByItsDopaOrPcode() {
    assertThat(AREAS.search("TH6306", (AreaLevel) null, null, 3))
        .extracting(AdminArea::code)
        .first()
        .isEqualTo("6306");
    assertThat(AREAS.search("63", AreaLevel.PROVINCE, null, 3))
        .extracting(AdminArea::code)
        .containsExactly("63");
  }

  @Test
  void namesStartingWithTheQueryComeFirstThenLargerAreas() {
    List<AdminArea> found = AREAS.search("Tak", (AreaLevel) null, null, 10);
    assertThat(found.get(0).code()).isEqualTo("63");
    assertThat(found).allMatch(a -> a.nameEn().toLowerCase(Locale.ROOT).contains("tak"));
  }

  @Test
  void searchCanBeNarrowedToAreasInsideAnother() {
    List<AdminArea> found = AREAS.search("mae", AreaLevel.SUBDISTRICT, "6306", 50);
    assertThat(found).isNotEmpty().allMatch(a -> a.code().startsWith("6306"));
  }

  @Test
  void anUnknownCodeIsReportedNotReturnedAsEmpty() {
    assertThat(AREAS.findArea("99")).isEmpty();
    assertThatThrownBy(() -> AREAS.getArea("99")).isInstanceOf(UnknownAreaException.class);
    assertThatThrownBy(() -> AREAS.search("x", (AreaLevel) null, "9999", 5))
        .isInstanceOf(UnknownAreaException.class);
  }

  @Test
  void anAreaCodeMustHaveTheLengthOfItsLevelAndLieInsideItsParent() {
    assertThatThrownBy(() -> new AdminArea("123", null, "x", "x", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AdminArea("6306", "64", "x", "x", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thaiReadersSeeThaiNamesAndOthersEnglish() {
    AdminArea tak = AREAS.getArea("63");
    assertThat(tak.name(Locale.forLanguageTag("th"))).isEqualTo("ตาก");
    assertThat(tak.name(Locale.forLanguageTag("my"))).isEqualTo("Tak");
  }
}
