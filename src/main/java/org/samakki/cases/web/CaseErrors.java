package org.samakki.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.samakki.ApiProblems;
import org.samakki.ProblemExplanation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Input the case pages refuse: the shell's error page with status 422 and the reason in the
 * reader's language; never a stack trace. Case services signal such input with an {@link
 * IllegalArgumentException} whose message is a message key. The API answers with a problem document
 * (RFC 9457) instead, with the same reason and the key as a stable {@code code}.
 */
@ControllerAdvice(basePackageClasses = CaseErrors.class)
class CaseErrors {

  private final MessageSource messages;

  CaseErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> refused(
      IllegalArgumentException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    if (isApi(request)) {
      return ApiProblems.refused(messages, e, locale);
    }
    ProblemExplanation.attach(request, ProblemExplanation.of(e, messages, locale));
    response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return null;
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class
  })
  ResponseEntity<ProblemDetail> unreadable(
      Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    if (isApi(request)) {
      return ApiProblems.unreadable(messages, locale);
    }
    response.sendError(HttpStatus.BAD_REQUEST.value());
    return null;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/");
  }
}
