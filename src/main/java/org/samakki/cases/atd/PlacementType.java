package org.samakki.cases.atd;

/** Where a child released from immigration detention lives instead. */
public enum PlacementType {
  FAMILY,
  FOSTER_CARE,
  COMMUNITY_CARE,
  SHELTER,
  OTHER
}
