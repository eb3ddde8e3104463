package org.samakki.linkage;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class NameNormaliserFuzzTests {

  static final NameNormaliser NORMALISER = new NameNormaliser();

  @FuzzTest(maxDuration = "30s")
  void anyTextBecomesTokensAndKeysWithoutFailing(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    NormalisedName name = NORMALISER.normalise(text);
    for (String key : name.keys()) {
      if (key.isEmpty() || !key.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        throw new IllegalStateException("Key is not lower-case Latin: '" + key + "' from " + text);
      }
    }
    name.sortedKey();
  }

  @FuzzTest(maxDuration = "30s")
  void datesAndDocumentNumbersAreReadOrRefusedCleanly(FuzzedDataProvider data) {
    String text = data.consumeString(40);
    DocumentType type = DocumentType.values()[data.consumeInt(0, DocumentType.values().length - 1)];
    try {
      PartialDate.parse(text);
    } catch (IllegalArgumentException refused) {
      // a clear refusal is the expected outcome for most input
    }
    try {
      new DocumentNumber(type, data.consumeRemainingAsString()).hasValidCheckDigit();
    } catch (IllegalArgumentException refused) {
      // likewise
    }
  }
}
