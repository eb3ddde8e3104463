package org.samakki.registry.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.myanmartools.ZawgyiDetector;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * What a notice says: what is due, by when in the reader's calendar, and where to go, in the
 * worker's language, and for the employer in Thai and English; and nothing more than its reader
 * knows already.
 */
class LettersTests {

  static final LocalDate DEADLINE = LocalDate.of(2026, 3, 15);

  final Letters letters = new Letters(bundle(), "");

  @Test
  void aBurmeseWorkerIsToldInBurmeseWhatIsDueByWhenAndWhereToGo() {
    Letter letter = letters.toWorker(worker("my", List.of("WORK_PERMIT_EXPIRING")));

    assertThat(letter.language()).isEqualTo("my");
    assertThat(letter.subject()).startsWith("သတိပေးချက်").contains("15 မတ် 2026");
    assertThat(letter.body())
        .contains("လေးစားအပ်ပါသော အောင်ကျော်မိုး")
        .contains("အလုပ်လုပ်ကိုင်ခွင့်လက်မှတ် သက်တမ်းကုန်ဆုံးတော့မည်")
        .contains("15 မတ် 2026")
        .contains("1694");
    assertThat(letter.sms()).contains("15 မတ် 2026").contains("1694");
  }

  @Test
  void aThaiReaderGetsTheDeadlineInTheBuddhistEra() {
    Letter letter = letters.toWorker(worker("th", List.of("STAY_EXPIRING")));

    assertThat(letter.subject()).contains("15 มีนาคม พ.ศ. 2569").doesNotContain("2026");
    assertThat(letter.body()).contains("การอนุญาตให้อยู่ในราชอาณาจักร (วีซ่า) จะสิ้นสุด");
  }

  @Test
  void everyLanguageOfTheWorkersHasItsOwnNotice() {
    assertThat(letters.toWorker(worker("km", List.of("PASSPORT_EXPIRING"))).body())
        .contains("លិខិតឆ្លងដែន")
        .contains("15 មីនា 2026");
    assertThat(letters.toWorker(worker("lo", List.of("EMPLOYER_CHANGE_PENDING"))).body())
        .contains("ຕ້ອງແຈ້ງການປ່ຽນນາຍຈ້າງ")
        .contains("15 ມີນາ 2026");
    assertThat(letters.toWorker(worker("vi", List.of("HEALTH_INSURANCE_EXPIRING"))).body())
        .contains("Bảo hiểm y tế")
        .contains("ngày 15 tháng 3 năm 2026");
  }

  @Test
  void aWorkerIsAddressedByTheirOwnScriptNameOnlyInALanguageOfThatScript() {
    assertThat(letters.toWorker(worker("th", List.of("STAY_EXPIRING"))).body())
        .startsWith("เรียน คุณ Aung Kyaw Moe")
        .doesNotContain("အောင်ကျော်မိုး");
  }

  @Test
  void aWorkerWhoseLanguageHasNoNoticesIsWrittenToInEnglish() {
    Letter letter = letters.toWorker(worker("fr-FR", List.of("WORK_PERMIT_EXPIRING")));

    assertThat(letter.language()).isEqualTo("en");
    assertThat(letter.body())
        .startsWith("Dear Aung Kyaw Moe,")
        .contains("Please act by 15 March 2026:")
        .contains("- The work permit ends.");
  }

  @Test
  void theEmployerIsToldInThaiThenEnglishWithOnlyTheEndOfTheWorkPermitNumber() {
    Letter letter = letters.toEmployer(worker("my", List.of("WORK_PERMIT_EXPIRING")));

    assertThat(letter.language()).isEqualTo("th,en");
    assertThat(letter.subject()).contains("พ.ศ. 2569").contains("15 March 2026");
    assertThat(letter.body().indexOf("ใบอนุญาตทำงานจะสิ้นอายุ"))
        .isNotNegative()
        .isLessThan(letter.body().indexOf("The work permit ends."));
    assertThat(letter.body())
        .contains("Aung Kyaw Moe (work permit number ending in 5678)")
        .contains("Siam Seafood")
        .doesNotContain("WP-1234")
        .doesNotContain("1234")
        .doesNotContain("aung@workers.test");
    assertThat(letter.sms()).contains("5678").doesNotContain("1234");
  }

  @Test
  void aFormerEmployerIsNotToldThatTheWorkerIsLookingForANewOne() {
    assertThat(letters.toEmployer(worker("my", List.of("LOOKING_FOR_EMPLOYER")))).isNull();
    assertThat(letters.toWorker(worker("my", List.of("LOOKING_FOR_EMPLOYER"))).body())
        .contains("အလုပ်ရှင်အသစ်");
  }

  @Test
  void aShortDocumentNumberIsLeftOutRatherThanShownWhole() {
    DueWorker worker = worker("en", List.of("WORK_PERMIT_EXPIRING"));
    DueWorker shortNumber =
        new DueWorker(
            1,
            DEADLINE,
            30,
            worker.reasons(),
            "Aung Kyaw",
            "Moe",
            null,
            null,
            null,
            "en",
            2L,
            "Siam Seafood",
            null,
            null,
            "WP12");

    assertThat(letters.toEmployer(shortNumber).body())
        .contains("your worker Aung Kyaw Moe.")
        .doesNotContain("WP12");
  }

  @Test
  void aConfiguredContactLineReplacesTheDefaultOne() {
    Letters configured = new Letters(bundle(), "Samut Sakhon Provincial Employment Office");

    assertThat(configured.toWorker(worker("my", List.of("STAY_EXPIRING"))).body())
        .contains("Samut Sakhon Provincial Employment Office")
        .doesNotContain("1694");
  }

  @Test
  void aDeadlineWithoutAnExpiringReasonIsNamedAsARegistrationStep() {
    assertThat(Topic.of(List.of())).containsExactly(Topic.REGISTRATION_STEP);
    assertThat(Topic.of(List.of("HEALTH_CHECK_MISSING"))).containsExactly(Topic.REGISTRATION_STEP);
    assertThat(Topic.of(List.of("STAY_EXPIRING", "WORK_PERMIT_EXPIRING")))
        .containsExactly(Topic.STAY_ENDS, Topic.WORK_PERMIT_ENDS);
  }

  @Test
  void burmeseNoticesAreInUnicodeNotZawgyi() throws IOException {
    Properties burmese = new Properties();
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource("i18n/notices_my.properties").getInputStream(),
            StandardCharsets.UTF_8)) {
      burmese.load(reader);
    }
    ZawgyiDetector detector = new ZawgyiDetector();
    for (String key : burmese.stringPropertyNames()) {
      String text = burmese.getProperty(key);
      if (text.codePoints().anyMatch(c -> c >= 0x1000 && c <= 0x109F)) {
        assertThat(detector.getZawgyiProbability(text)).as(key).isLessThan(0.05);
      }
    }
  }

  static DueWorker worker(String language, List<String> reasons) {
    return new DueWorker(
        1,
        DEADLINE,
        30,
        reasons,
        "Aung Kyaw",
        "Moe",
        "အောင်ကျော်မိုး",
        "aung@workers.test",
        null,
        language,
        2L,
        "Siam Seafood",
        "hr@siam-seafood.test",
        null,
        "WP-1234-5678");
  }

  static ResourceBundleMessageSource bundle() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/notices");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
