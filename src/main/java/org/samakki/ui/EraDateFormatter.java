package org.samakki.ui;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.Formatter;

/** Binds date fields of every form in the reader's calendar; either era is accepted when typed. */
class EraDateFormatter implements Formatter<LocalDate> {

  @Override
  public String print(LocalDate date, Locale locale) {
    return new EraDates(locale).input(date);
  }

  @Override
  public LocalDate parse(String text, Locale locale) {
    return EraDates.parse(text);
  }
}
