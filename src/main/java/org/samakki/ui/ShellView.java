package org.samakki.ui;

import java.util.List;

/** The reader's language and calendar, the choices offered, and the page to come back to. */
public record ShellView(
    Language language, CalendarSystem calendar, List<Language> languages, String path) {

  public ShellView {
    languages = List.copyOf(languages);
  }

  public boolean buddhist() {
    return calendar == CalendarSystem.BUDDHIST;
  }
}
