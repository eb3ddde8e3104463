package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samakki.linkage.Records.person;

import org.junit.jupiter.api.Test;

class ComparisonLevelsTests {

  static String level(Field field, PersonRecord a, PersonRecord b) {
    RecordTable table = Records.table(a, b);
    int vector = new Comparisons(0.92, 0.85).compare(table, 0, table, 1);
    return field.levels().get(Comparisons.level(vector, field));
  }

  static String name(String a, String b) {
    return level(
        Field.NAME, person("a", a, null, null, null, null), person("b", b, null, null, null, null));
  }

  static String birth(String a, String b) {
    return level(
        Field.BIRTH_DATE,
        person("a", "X", a, null, null, null),
        person("b", "X", b, null, null, null));
  }

  @Test
  void namesSpelledDifferentlyByOfficersAreExact() {
    assertThat(name("Aung Kyaw Moe", "AUNG KYAW MO")).isEqualTo("exact");
    assertThat(name("Aung Kyaw Moe", "အောင်ကျော်မိုး")).isEqualTo("exact");
    assertThat(name("Somchai", "สมชาย")).isEqualTo("exact");
  }

  @Test
  void theSameNamePartsInAnotherOrderAreReordered() {
    assertThat(name("Kyaw Moe Aung", "Aung Kyaw Moe")).isEqualTo("same tokens reordered");
  }

  @Test
  void aSlipOfThePenIsCloseAndAnotherSyllableIsNot() {
    assertThat(name("Aung Kyaw Lwin", "Aung Kyaw Lwim")).isEqualTo("close");
    assertThat(name("Min Tin Soe", "Min Khin Soe")).isNotEqualTo("close");
  }

  @Test
  void aMissingNamePartIsATokenSubset() {
    assertThat(name("Aung Kyaw Moe", "Kyaw Moe")).isEqualTo("token subset");
  }

  @Test
  void unrelatedNamesAreDifferent() {
    assertThat(name("Aung Kyaw Moe", "Nguyen Van Nam")).isEqualTo("different");
  }

  @Test
  void birthDatesCompareByWhatBothKnow() {
    assertThat(birth("1990-05-03", "2533-05-03")).isEqualTo("exact");
    assertThat(birth("1990-05-03", "1990-03-05")).isEqualTo("day and month swapped");
    assertThat(birth("1990-05-03", "1990-05")).isEqualTo("same year and month");
    assertThat(birth("1990-05-03", "1990")).isEqualTo("same year");
    assertThat(birth("1990-05-03", "1990-08-21")).isEqualTo("same year, another day");
    assertThat(birth("1990-05-03", "1991-05-03")).isEqualTo("year within two, same day");
    assertThat(birth("1990-05-03", "1992")).isEqualTo("year within two, same day");
    assertThat(birth("1990-05-03", "1991-08-21")).isEqualTo("different");
    assertThat(birth("1990-05-03", "1975-05-03")).isEqualTo("different");
    assertThat(birth("1990-05-03", null)).isEqualTo("no value");
  }

  @Test
  void documentNumbersOneKeystrokeApartAreATypo() {
    PersonRecord a = person("a", "X", null, null, null, "MA123456");
    assertThat(level(Field.DOCUMENT, a, person("b", "X", null, null, null, "ma 123456")))
        .isEqualTo("same number");
    assertThat(level(Field.DOCUMENT, a, person("b", "X", null, null, null, "MA123465")))
        .isEqualTo("one character apart");
    assertThat(level(Field.DOCUMENT, a, person("b", "X", null, null, null, "MA123956")))
        .isEqualTo("one character apart");
    assertThat(level(Field.DOCUMENT, a, person("b", "X", null, null, null, "MB654321")))
        .isEqualTo("different");
    assertThat(level(Field.DOCUMENT, a, person("b", "X", null, null, null, null)))
        .isEqualTo("no value");
  }

  @Test
  void anUnknownSexOrNationalityCountsNeitherWay() {
    PersonRecord a = person("a", "X", null, "M", "MMR", null);
    assertThat(level(Field.SEX, a, person("b", "X", null, null, "MMR", null)))
        .isEqualTo("no value");
    assertThat(level(Field.SEX, a, person("b", "X", null, "F", "MMR", null)))
        .isEqualTo("different");
    assertThat(level(Field.NATIONALITY, a, person("b", "X", null, "M", "KHM", null)))
        .isEqualTo("different");
  }

  @Test
  void jaroWinklerAgreesWithCommonsText() {
    var reference = new org.apache.commons.text.similarity.JaroWinklerSimilarity();
    for (String[] pair :
        new String[][] {
          {"martha", "marhta"},
          {"dixon", "dicksonx"},
          {"kyaw", "chaw"},
          {"a", "b"},
          {"aung", "aung"}
        }) {
      assertThat(JaroWinkler.similarity(pair[0], pair[1]))
          .isCloseTo(reference.apply(pair[0], pair[1]), org.assertj.core.data.Offset.offset(1e-9));
    }
  }
}
