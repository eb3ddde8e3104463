package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTests {

  @Test
  void thaiIdentificationNumberHasAMod11CheckDigit() {
    assertThat(DocumentNumber.thaiCheckDigit("110170023070")).isEqualTo(8);
    assertThat(new DocumentNumber(DocumentType.THAI_ID, "1-1017-00230-70-8").hasValidCheckDigit())
        .isTrue();
    assertThat(new DocumentNumber(DocumentType.THAI_ID, "1-1017-00230-70-9").hasValidCheckDigit())
        .isFalse();
  }

  @Test
  void spacesAndDashesAreRemovedAndLettersUpperCased() {
    assertThat(new DocumentNumber(DocumentType.PASSPORT, "ma 123-456").number())
        .isEqualTo("MA123456");
    assertThat(new DocumentNumber(DocumentType.PINK_CARD, "0 0345 67890 12 4").number())
        .isEqualTo("0034567890124");
    assertThat(new DocumentNumber(DocumentType.PJ_PASSPORT, "pj 700054").number())
        .isEqualTo("PJ700054");
  }

  @Test
  void letterOTypedForZeroInTheDigitsOfANumberIsRead() {
    assertThat(new DocumentNumber(DocumentType.PASSPORT, "MB12O456").number())
        .isEqualTo("MB120456");
    assertThat(new DocumentNumber(DocumentType.THAI_ID, "OO34567890124").number())
        .isEqualTo("0034567890124");
  }

  @Test
  void thaiDigitsAreRead() {
    assertThat(new DocumentNumber(DocumentType.THAI_ID, "๑๑๐๑๗๐๐๒๓๐๗๐๘").hasValidCheckDigit())
        .isTrue();
  }

  @Test
  void aPinkCardAndAThaiIdShareOneNumberSpace() {
    assertThat(DocumentType.PINK_CARD.numberFamily())
        .isEqualTo(DocumentType.THAI_ID.numberFamily());
    assertThat(DocumentType.PJ_PASSPORT.numberFamily())
        .isEqualTo(DocumentType.PASSPORT.numberFamily());
    assertThat(DocumentType.parse("CI")).isEqualTo(DocumentType.CERTIFICATE_OF_IDENTITY);
    assertThat(DocumentType.parse("pink card")).isEqualTo(DocumentType.PINK_CARD);
  }

  @Test
  void aNumberWithoutLettersOrDigitsIsRefused() {
    assertThatThrownBy(() -> new DocumentNumber(DocumentType.PASSPORT, " - "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
