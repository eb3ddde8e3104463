package org.samakki.ui.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.regex.Pattern;
import org.samakki.ui.CalendarSystem;
import org.samakki.ui.Language;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Changes the reader's language or calendar from the switch on every page and returns to the page
 * they were on. A POST, because it changes what the server remembers.
 */
@Controller
class PreferencesController {

  // only a path of this application, never another site (no open redirect)
  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

  private final LocaleResolver localeResolver;

  PreferencesController(LocaleResolver localeResolver) {
    this.localeResolver = localeResolver;
  }

  @PostMapping("/preferences")
  String change(
      @RequestParam(name = "lang", required = false) String languageTag,
      @RequestParam(name = "calendar", required = false) String calendarType,
      @RequestParam(name = "return", required = false) String returnPath,
      HttpServletRequest request,
      HttpServletResponse response) {
    Locale current = localeResolver.resolveLocale(request);
    Language language = Language.ofTag(languageTag).orElse(Language.of(current));
    CalendarSystem calendar =
        CalendarSystem.ofType(calendarType).orElse(CalendarSystem.of(current));
    localeResolver.setLocale(request, response, calendar.locale(language));
    return "redirect:" + safe(returnPath);
  }

  static String safe(String path) {
    return path != null && LOCAL_PATH.matcher(path).matches() ? path : "/";
  }
}
