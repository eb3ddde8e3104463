package org.samakki.referrals.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Input the directory API refuses: a problem document (RFC 9457) with status 422 and the reason in
 * the caller's language (Accept-Language), and a stable {@code code} for programs.
 */
@RestControllerAdvice(basePackageClasses = DirectoryErrors.class)
class DirectoryErrors {

  private final MessageSource messages;

  DirectoryErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> refused(IllegalArgumentException e, Locale locale) {
    String key =
        e.getMessage() != null && e.getMessage().matches("[a-zA-Z.]+")
            ? e.getMessage()
            : "error.422.text";
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, key, locale);
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class
  })
  ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
    return problem(HttpStatus.BAD_REQUEST, "error.400.text", locale);
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
    problem.setDetail(
        messages.getMessage(
            key, null, messages.getMessage("error.422.text", null, locale), locale));
    problem.setProperty("code", key);
    return ResponseEntity.status(status).body(problem);
  }
}
