package org.samakki.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Input the registry's pages refuse: a page with status 422 that says what was wrong in the
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
  String refused(
      IllegalArgumentException e, HttpServletResponse response, Locale locale, Model model) {
    String key =
        e.getMessage() != null && e.getMessage().matches("[a-zA-Z.]+")
            ? e.getMessage()
            : "error.400.text";
    String text =
        messages.getMessage(key, null, messages.getMessage("error.400.text", null, locale), locale);
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("problemText", text);
    return "registry/problem";
  }
}
