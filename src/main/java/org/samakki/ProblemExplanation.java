package org.samakki;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * What a module tells the shell's error page about refused input: the reason, already in the
 * reader's language, shown instead of the page's general text for the status.
 */
public final class ProblemExplanation {

  static final String ATTRIBUTE = "samakki.problem";

  private ProblemExplanation() {}

  /**
   * The reason of refused input in the reader's language: modules signal it with an {@link
   * IllegalArgumentException} whose message is a message key; anything else gets the general text.
   */
  public static String of(IllegalArgumentException refused, MessageSource messages, Locale locale) {
    String general = messages.getMessage("error.422.text", null, locale);
    String key =
        refused.getMessage() != null && refused.getMessage().matches("[a-zA-Z.]+")
            ? refused.getMessage()
            : null;
    return key == null ? general : messages.getMessage(key, null, general, locale);
  }

  public static void attach(HttpServletRequest request, String text) {
    request.setAttribute(ATTRIBUTE, text);
  }

  public static Optional<String> of(HttpServletRequest request) {
    return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
  }
}
