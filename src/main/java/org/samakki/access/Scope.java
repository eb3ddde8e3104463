package org.samakki.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How far a role's reach over records goes, from the user's own records to all of them. */
public enum Scope {
  OWN,
  TEAM,
  AGENCY,
  AREA,
  ALL;

  @JsonCreator
  static Scope of(String text) {
    return valueOf(text.toUpperCase(Locale.ROOT));
  }

  public boolean widerThan(Scope other) {
    return compareTo(other) > 0;
  }
}
