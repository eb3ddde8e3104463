package org.samakki.cases.consent;

/** Why the law allows processing a case's data for one purpose (DP-01). */
public enum LegalBasis {
  CONSENT,
  VITAL_INTEREST,
  PUBLIC_TASK,
  LEGAL_OBLIGATION,
  LEGITIMATE_INTEREST
}
