package org.samakki;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * What a module tells the shell's error page about refused input: the reason, already in the
 * reader's language, shown instead of the page's general text for the status.
 */
public final class ProblemExplanation {

  static final String ATTRIBUTE = "samakki.problem";

  private ProblemExplanation() {}

  public static void attach(HttpServletRequest request, String text) {
    request.setAttribute(ATTRIBUTE, text);
  }

  public static Optional<String> of(HttpServletRequest request) {
    return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
  }
}
