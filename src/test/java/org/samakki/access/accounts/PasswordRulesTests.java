package org.samakki.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords as ASVS 5.0 wants them: long, not common, checked offline. */
class PasswordRulesTests {

  static final PasswordRules RULES = new PasswordRules();

  @Test
  void elevenCharactersAreTooFewAndTwelveAreEnough() {
    assertThat(RULES.problems("Ab3$efgh9Kx", "somchai")).contains("password.tooShort");
    assertThat(RULES.problems("Ab3$efgh9Kxy", "somchai")).isEmpty();
  }

  @Test
  void lengthIsCountedInCharactersOfAnyScript() {
    // twelve Thai characters are twelve, whatever their size in bytes
    assertThat(RULES.problems("สวัสดีตอนเช้าจ้ะ", "somchai")).doesNotContain("password.tooShort");
    assertThat(RULES.problems("မင်္ဂလာပါ", "aung")).contains("password.tooShort");
  }

  @Test
  void passwordsUpTo128CharactersAreAccepted() {
    assertThat(RULES.problems("a river of lanterns ".repeat(6), "somchai")).isEmpty();
    assertThat(RULES.problems("x7 ".repeat(43), "somchai")).contains("password.tooLong");
  }

  @Test
  void aListedPasswordIsRefusedAlsoWhenPaddedWithDigitsOrSymbols() {
    assertThat(RULES.problems("qwerty123456", "somchai")).contains("password.common");
    assertThat(RULES.problems("Password2026!", "somchai")).contains("password.common");
    assertThat(RULES.problems("Samakki-2026!", "somchai")).contains("password.common");
  }

  @Test
  void theUsernameAndRepeatedCharactersAreRefused() {
    assertThat(RULES.problems("xx-somchai-2026-xx", "somchai"))
        .contains("password.containsUsername");
    assertThat(RULES.problems("aaaaaaaaaaaaaaaa", "somchai")).contains("password.repetitive");
  }
}
