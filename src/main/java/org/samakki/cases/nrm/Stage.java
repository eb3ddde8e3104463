package org.samakki.cases.nrm;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of the National Referral Mechanism, in order, and where each may lead: a case may be
 * closed from any stage (screened out, not a victim, service ended), and only forward otherwise.
 */
public enum Stage {
  SCREENING,
  TEMPORARY_PROTECTION,
  IDENTIFICATION,
  PROTECTION,
  RETURN_OR_SOLUTION,
  CLOSED;

  /** Temporary protection lasts at most this many days before the identification interview. */
  public static final int PROTECTION_DAYS = 15;

  public Set<Stage> next() {
    return switch (this) {
      case SCREENING -> EnumSet.of(TEMPORARY_PROTECTION, IDENTIFICATION, CLOSED);
      case TEMPORARY_PROTECTION -> EnumSet.of(IDENTIFICATION, CLOSED);
      case IDENTIFICATION -> EnumSet.of(PROTECTION, CLOSED);
      case PROTECTION -> EnumSet.of(RETURN_OR_SOLUTION, CLOSED);
      case RETURN_OR_SOLUTION -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(Stage.class);
    };
  }
}
