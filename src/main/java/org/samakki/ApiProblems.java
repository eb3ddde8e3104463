package org.samakki;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How every module's API answers refused input: a problem document (RFC 9457) with the reason in
 * the caller's language (Accept-Language) and a stable {@code code} (the message key) for programs.
 */
public final class ApiProblems {

  private ApiProblems() {}

  /** Input refused with a message key (422); any other message gets the general text. */
  public static ResponseEntity<ProblemDetail> refused(
      MessageSource messages, IllegalArgumentException refused, Locale locale) {
    String key =
        refused.getMessage() != null && refused.getMessage().matches("[a-zA-Z.]+")
            ? refused.getMessage()
            : "error.422.text";
    return problem(messages, HttpStatus.UNPROCESSABLE_CONTENT, key, locale);
  }

  /** A body or parameter that could not be read at all (400). */
  public static ResponseEntity<ProblemDetail> unreadable(MessageSource messages, Locale locale) {
    return problem(messages, HttpStatus.BAD_REQUEST, "error.400.text", locale);
  }

  private static ResponseEntity<ProblemDetail> problem(
      MessageSource messages, HttpStatus status, String key, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
    problem.setDetail(
        messages.getMessage(
            key, null, messages.getMessage("error.422.text", null, locale), locale));
    problem.setProperty("code", key);
    return ResponseEntity.status(status).body(problem);
  }
}
