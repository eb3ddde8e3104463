package org.samakki.cases.atd;

/** What a best-interests assessment recommends for a child in immigration detention. */
public enum Recommendation {
  RELEASE_TO_FAMILY,
  FOSTER_OR_COMMUNITY_CARE,
  SHELTER,
  OTHER
}
