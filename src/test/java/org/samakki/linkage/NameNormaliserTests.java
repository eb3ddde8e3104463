package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTests {

  static final NameNormaliser NORMALISER = new NameNormaliser();
  static final Transliterations RULES = new Transliterations();

  static String romanised(String text) {
    return NORMALISER.normalise(text).romanised();
  }

  static String key(String text) {
    return NORMALISER.normalise(text).sortedKey();
  }

  @Test
  void thaiFollowsRtgsWithInherentVowelsFinalsAndReordering() {
    assertThat(RULES.romanise(Script.THAI, "แม่สอด").strip().replaceAll(" +", " "))
        .isEqualTo("mae sot");
    assertThat(romanised("สมชาย")).isEqualTo("som chai");
    assertThat(romanised("อ่อง")).isEqualTo("ong");
    assertThat(romanised("สมศักดิ์").replace(" ", "")).isEqualTo("somsak");
    assertThat(romanised("เมือง")).isEqualTo("mueang");
    assertThat(romanised("ประยุทธ์")).isEqualTo("pra yut");
    assertThat(romanised("ครู")).isEqualTo("khru");
  }

  @Test
  void thaiIsCutIntoSyllablesSoThatABurmeseNameInThaiScriptHasItsParts() {
    assertThat(romanised("อ่องจ่อโม")).isEqualTo("ong cho mo");
    assertThat(romanised("สมชาย").replace(" ", "")).isEqualTo("somchai");
  }

  @Test
  void burmeseIsRomanisedSyllableBySyllable() {
    assertThat(romanised("အောင်ကျော်မိုး")).isEqualTo("aung kyaw moe");
    assertThat(romanised("ထွန်းဝင်း")).isEqualTo("htun win");
    assertThat(romanised("ဇော်ဝင်းနိုင်")).isEqualTo("zaw win naing");
    assertThat(romanised("ခင်မောင်လှ")).isEqualTo("khin maung hla");
  }

  @Test
  void zawgyiEncodedBurmeseIsConvertedToUnicodeFirst() {
    String zawgyi = "ေအာင္ေက်ာ္မိုး";
    assertThat(NORMALISER.normalise(zawgyi).script()).isEqualTo(Script.MYANMAR);
    assertThat(romanised(zawgyi)).isEqualTo("aung kyaw moe");
  }

  @Test
  void khmerIsRomanisedAsCambodianNamesAreSpelled() {
    assertThat(romanised("សុខ")).isEqualTo("sok");
    assertThat(romanised("សុផល")).isEqualTo("sophal");
    assertThat(romanised("ជា")).isEqualTo("chea");
    assertThat(romanised("ចាន់ សុខា")).isEqualTo("chan sokha");
  }

  @Test
  void laoIsRomanisedAsLaoNamesAreSpelled() {
    assertThat(romanised("ສົມພອນ")).isIn("somphone", "somphon");
    assertThat(romanised("ບຸນມີ")).isEqualTo("bounmi");
    assertThat(key("ສົມພອນ")).isEqualTo(key("Somphone"));
    assertThat(key("ບຸນມີ")).isEqualTo(key("Bounmy"));
  }

  @Test
  void vietnameseLosesItsDiacritics() {
    assertThat(romanised("Nguyễn Văn Đức")).isEqualTo("nguyen van duc");
  }

  @Test
  void spellingsByDifferentOfficersShareOneKey() {
    assertThat(key("Aung Kyaw Moe")).isEqualTo(key("Aung Kyaw Mo")).isEqualTo(key("Aung Kyaw Moh"));
    assertThat(key("Aung Kyaw Moe")).isEqualTo(key("အောင်ကျော်မိုး"));
    assertThat(key("Aung Kyaw Moe")).isEqualTo(key("อ่อง จ่อ โม"));
    assertThat(key("Htun Win")).isEqualTo(key("Tun Winn"));
    assertThat(key("Zaw Min")).isEqualTo(key("ซอ มิน"));
  }

  @Test
  void nameOrderDoesNotChangeTheKey() {
    assertThat(key("Kyaw Moe Aung")).isEqualTo(key("Aung Kyaw Moe"));
  }

  @Test
  void honorificDawIsNotPartOfTheName() {
    assertThat(romanised("Daw Khin Myint")).isEqualTo("khin myint");
    assertThat(romanised("ဒေါ်ခင်မြင့်")).isEqualTo("khin myin");
  }

  @Test
  void honorificsOfEveryScriptAreRemoved() {
    assertThat(romanised("U Aung Kyaw")).isEqualTo("aung kyaw");
    assertThat(romanised("Mg Mg Aye")).isEqualTo("aye");
    assertThat(romanised("Maung Maung Aye")).isEqualTo("aye");
    assertThat(romanised("Mr. Sok Chea")).isEqualTo("sok chea");
    assertThat(romanised("Nang Sao Noy")).isEqualTo("noy");
    assertThat(romanised("นายสมชาย")).isEqualTo("som chai");
    assertThat(romanised("นางสาวสมศรี")).isEqualTo(romanised("สมศรี"));
    assertThat(romanised("ด.ช.สมชาย")).isEqualTo("som chai");
    assertThat(romanised("ဦးအောင်ကျော်")).isEqualTo("aung kyaw");
    assertThat(romanised("ທ້າວສົມພອນ")).isEqualTo(romanised("ສົມພອນ"));
    assertThat(romanised("លោកស្រី សុខា")).isEqualTo("sokha");
  }

  @Test
  void maeBeforeAThaiNameIsATitle() {
    assertThat(romanised("แม่สอด")).isEqualTo("sot");
    assertThat(romanised("Mae Sot")).isEqualTo("sot");
  }

  @Test
  void aNameThatIsOnlyAnHonorificKeepsIt() {
    assertThat(romanised("Maung")).isEqualTo("maung");
  }

  @Test
  void scriptOfMostLettersIsDetected() {
    assertThat(NameNormaliser.detectScript("สมชาย")).isEqualTo(Script.THAI);
    assertThat(NameNormaliser.detectScript("Aung")).isEqualTo(Script.LATIN);
    assertThat(NameNormaliser.detectScript("សុខ")).isEqualTo(Script.KHMER);
    assertThat(NameNormaliser.detectScript("ບຸນມີ")).isEqualTo(Script.LAO);
    assertThat(NameNormaliser.detectScript("123")).isEqualTo(Script.NONE);
  }

  @Test
  void mixedScriptsAreEachRomanised() {
    assertThat(romanised("Aung อ่อง")).isEqualTo("aung ong");
  }
}
