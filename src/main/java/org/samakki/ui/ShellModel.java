package org.samakki.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs on every page, whichever module's controller rendered it. */
@ControllerAdvice
class ShellModel {

  @ModelAttribute("shell")
  ShellView shell(HttpServletRequest request, Locale locale) {
    return new ShellView(
        Language.of(locale),
        CalendarSystem.of(locale),
        List.of(Language.values()),
        pagePath(request));
  }

  /** On an error page, the page that failed, so that a language change returns there. */
  private static String pagePath(HttpServletRequest request) {
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return failed instanceof String path ? path : request.getRequestURI();
  }
}
