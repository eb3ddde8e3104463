package org.samakki.cases.atd;

/** What a follow-up visit found. */
public enum VisitOutcome {
  SAFE_AND_WELL,
  CONCERNS,
  PLACEMENT_BROKE_DOWN,
  CHILD_NOT_FOUND
}
