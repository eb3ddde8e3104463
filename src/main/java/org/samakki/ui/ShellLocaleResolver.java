package org.samakki.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The reader's language and calendar, remembered in two cookies. Without a choice, the browser's
 * preferred language among ours is used, and Thai readers get the Buddhist era they are used to.
 */
class ShellLocaleResolver implements LocaleResolver {

  static final String LANGUAGE_COOKIE = "samakki-lang";
  static final String CALENDAR_COOKIE = "samakki-calendar";
  private static final Duration REMEMBER = Duration.ofDays(365);

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    Language language =
        cookie(request, LANGUAGE_COOKIE)
            .flatMap(Language::ofTag)
            .orElseGet(() -> preferredLanguage(request));
    CalendarSystem calendar =
        cookie(request, CALENDAR_COOKIE)
            .flatMap(CalendarSystem::ofType)
            .orElse(language == Language.THAI ? CalendarSystem.BUDDHIST : CalendarSystem.GREGORIAN);
    return calendar.locale(language);
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Locale chosen = locale == null ? Locale.ENGLISH : locale;
    write(request, response, LANGUAGE_COOKIE, Language.of(chosen).tag());
    write(request, response, CALENDAR_COOKIE, CalendarSystem.of(chosen).unicodeType());
  }

  private static Language preferredLanguage(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return Language.ENGLISH;
    }
    return Collections.list(request.getLocales()).stream()
        .map(l -> Language.ofTag(l.getLanguage()))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(Language.ENGLISH);
  }

  private static Optional<String> cookie(HttpServletRequest request, String name) {
    return Optional.ofNullable(WebUtils.getCookie(request, name)).map(Cookie::getValue);
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, String name, String value) {
    ResponseCookie cookie =
        ResponseCookie.from(name, value)
            .path("/")
            .maxAge(REMEMBER)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }
}
