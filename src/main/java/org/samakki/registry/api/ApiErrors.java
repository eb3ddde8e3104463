package org.samakki.registry.api;

import java.util.Locale;
import org.samakki.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Input the registry API refuses: a problem document (RFC 9457) with status 422 and the reason in
 * the caller's language (Accept-Language), and a stable {@code code} for programs.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> refused(IllegalArgumentException e, Locale locale) {
    return ApiProblems.refused(messages, e, locale);
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class
  })
  ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
    return ApiProblems.unreadable(messages, locale);
  }
}
