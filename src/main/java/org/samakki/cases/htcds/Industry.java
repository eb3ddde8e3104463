package org.samakki.cases.htcds;

/** The industry in which the person was exploited (HTCDS). */
public enum Industry {
  FISHING,
  SEAFOOD_PROCESSING,
  AGRICULTURE,
  CONSTRUCTION,
  MANUFACTURING,
  DOMESTIC_WORK,
  ENTERTAINMENT,
  HOSPITALITY,
  BEGGING,
  ONLINE_SCAM,
  OTHER
}
