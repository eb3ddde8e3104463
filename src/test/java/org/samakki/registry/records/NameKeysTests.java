package org.samakki.registry.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search keys of names: every word, and one lexeme per whole name whatever its word order. */
class NameKeysTests {

  private final NameKeys keys = new NameKeys();

  @Test
  void aWholeNameTypedInAnotherOrderMeetsItsLexeme() {
    String stored = keys.tsvector("Aung Kyaw", "Moe", null);

    assertThat(stored).contains(keys.formQuery("Moe Aung Kyaw"));
    assertThat(stored).contains(keys.formQuery("aung kyaw moe"));
    assertThat(stored).doesNotContain(keys.formQuery("Aung Kyaw"));
  }

  @Test
  void theNameInItsOwnScriptHasItsOwnLexeme() {
    String stored = keys.tsvector("Aung Kyaw", "Moe", "အောင်ကျော်မိုး");

    assertThat(stored).contains(keys.formQuery("အောင်ကျော်မိုး"));
    assertThat(keys.formQuery("   ")).isNull();
  }
}
