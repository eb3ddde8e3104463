package org.samakki;

import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * Dates typed into forms, read by the shell's formatter: either era, ISO or day first. A date that
 * cannot be read is an {@link IllegalArgumentException} with the form's message key.
 */
@Component
public class TypedDates {

  private final ObjectProvider<ConversionService> conversion;

  /** Looked up when a date is read: command-line runs have no web conversion service. */
  TypedDates(@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversion) {
    this.conversion = conversion;
  }

  public LocalDate read(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return conversion.getObject().convert(text.strip(), LocalDate.class);
    } catch (ConversionException e) {
      throw new IllegalArgumentException("registry.date.invalid");
    }
  }
}
