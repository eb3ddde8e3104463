package org.samakki.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.samakki.access.FieldsNotWritableException;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.accounts.InvalidAccountException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How access refusals and invalid entries look to every module's pages and API: a record one may
 * not see is 404; fields one may not write are 403 naming them; an invalid value is 422 explained
 * in the reader's language; never a stack trace.
 */
@ControllerAdvice
class AccessErrors {

  private final MessageSource messages;

  AccessErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value());
  }

  @ExceptionHandler(FieldsNotWritableException.class)
  ResponseEntity<ProblemDetail> notWritable(
      FieldsNotWritableException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    if (!isApi(request)) {
      response.sendError(HttpStatus.FORBIDDEN.value());
      return null;
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    problem.setTitle(messages.getMessage("error.403.title", null, locale));
    problem.setDetail(
        messages.getMessage(
            "access.fieldsNotWritable", new Object[] {String.join(", ", e.fields())}, locale));
    problem.setProperty("fields", e.fields());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  @ExceptionHandler(InvalidAccountException.class)
  ResponseEntity<ProblemDetail> invalid(
      InvalidAccountException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    if (!isApi(request)) {
      response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return null;
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    problem.setTitle(messages.getMessage("error.422.title", null, locale));
    problem.setDetail(messages.getMessage(e.messageKey(), null, e.messageKey(), locale));
    return ResponseEntity.unprocessableContent().body(problem);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/");
  }
}
