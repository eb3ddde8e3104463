package org.samakki.linkage;

import java.util.Objects;

/** One name of a person as an officer wrote it, in any script, and which part of the name it is. */
public record NameForm(String text, NameKind kind) {

  public NameForm {
    Objects.requireNonNull(kind, "kind");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A name form needs text");
    }
    text = text.strip();
  }
}
