package org.samakki.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.samakki.ProblemExplanation;
import org.samakki.RequestIds;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the reader's language, calendar and error pages into Spring MVC. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

  private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 413, 422, 429, 503);

  @Bean
  LocaleResolver localeResolver() {
    return new ShellLocaleResolver();
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatter(new EraDateFormatter());
  }

  /** The message an error page shows: its own for common statuses, one for server faults. */
  static String kind(Object status) {
    int code = status instanceof Integer i ? i : 500;
    if (EXPLAINED.contains(code)) {
      return Integer.toString(code);
    }
    return code >= 500 ? "500" : "other";
  }

  /**
   * Error pages and JSON error bodies carry the request id and an explanation in the reader's
   * language, and never exception details.
   */
  @Bean
  DefaultErrorAttributes errorAttributes(MessageSource messages, LocaleResolver locales) {
    return new DefaultErrorAttributes() {
      @Override
      public Map<String, Object> getErrorAttributes(
          WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes =
            super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        String kind = kind(attributes.get("status"));
        Locale locale = locale(request, locales);
        attributes.put("requestId", RequestIds.current());
        attributes.put("kind", kind);
        attributes.put("title", messages.getMessage("error." + kind + ".title", null, locale));
        String problem = problem(request);
        attributes.put("problem", problem);
        attributes.put(
            "detail",
            problem != null
                ? problem
                : messages.getMessage("error." + kind + ".text", null, locale));
        return attributes;
      }
    };
  }

  /** The reason a module gave for refusing the request, if it gave one. */
  private static String problem(WebRequest request) {
    return request instanceof NativeWebRequest nativeRequest
            && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest
        ? ProblemExplanation.of(servletRequest).orElse(null)
        : null;
  }

  private static Locale locale(WebRequest request, LocaleResolver locales) {
    if (request instanceof NativeWebRequest nativeRequest
        && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
      return locales.resolveLocale(servletRequest);
    }
    return Locale.ENGLISH;
  }
}
