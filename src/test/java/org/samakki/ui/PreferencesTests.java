package org.samakki.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The reader's language and calendar are remembered and fall back sensibly. */
class PreferencesTests {

  final ShellLocaleResolver resolver = new ShellLocaleResolver();

  @Test
  void aThaiBrowserGetsThaiAndTheBuddhistEraUntilTheReaderChooses() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "th-TH,th;q=0.9,en;q=0.8");
    request.addPreferredLocale(Locale.forLanguageTag("th-TH"));
    Locale locale = resolver.resolveLocale(request);
    assertThat(Language.of(locale)).isEqualTo(Language.THAI);
    assertThat(CalendarSystem.of(locale)).isEqualTo(CalendarSystem.BUDDHIST);
  }

  @Test
  void anUnsupportedBrowserLanguageFallsBackToEnglishGregorian() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "de");
    request.addPreferredLocale(Locale.GERMAN);
    Locale locale = resolver.resolveLocale(request);
    assertThat(locale).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aChoiceIsRememberedInCookiesAndWinsOverTheBrowser() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    resolver.setLocale(
        new MockHttpServletRequest(), response, CalendarSystem.BUDDHIST.locale(Language.BURMESE));
    Cookie language = response.getCookie(ShellLocaleResolver.LANGUAGE_COOKIE);
    Cookie calendar = response.getCookie(ShellLocaleResolver.CALENDAR_COOKIE);
    assertThat(language.getValue()).isEqualTo("my");
    assertThat(calendar.getValue()).isEqualTo("buddhist");
    assertThat(language.isHttpOnly()).isTrue();

    MockHttpServletRequest next = new MockHttpServletRequest();
    next.addHeader("Accept-Language", "th");
    next.setCookies(language, calendar);
    Locale locale = resolver.resolveLocale(next);
    assertThat(Language.of(locale)).isEqualTo(Language.BURMESE);
    assertThat(CalendarSystem.of(locale)).isEqualTo(CalendarSystem.BUDDHIST);
  }
}
