package org.samakki.cases.nrm;

/** What a protection case is about; trafficking and children in detention are highly sensitive. */
public enum CaseType {
  TRAFFICKING,
  VULNERABLE_MIGRANT,
  CHILD_IN_DETENTION;

  /**
   * Visible only to the assigned workers and their supervisors, whatever a role's scope (DP-05).
   */
  public boolean highlySensitive() {
    return this != VULNERABLE_MIGRANT;
  }
}
