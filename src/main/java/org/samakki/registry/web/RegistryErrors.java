package org.samakki.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.samakki.ProblemExplanation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Input the registry's pages refuse: the shell's error page with status 422 and the reason in the
 * reader's language; never a stack trace. Registry services signal such input with an {@link
 * IllegalArgumentException} whose message is a message key.
 */
@ControllerAdvice(basePackageClasses = RegistryErrors.class)
class RegistryErrors {

  private final MessageSource messages;

  RegistryErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  void refused(
      IllegalArgumentException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    ProblemExplanation.attach(request, ProblemExplanation.of(e, messages, locale));
    response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
  }
}
