package org.samakki.registry.status;

/**
 * A worker's legal situation on a day. Expiring means a required entitlement ends within 90 days
 * (the 30 and 60 day bands are read from the deadline); in grace means a change is pending but its
 * deadline has not passed.
 */
public enum StatusKind {
  REGULAR,
  EXPIRING,
  GRACE,
  IRREGULAR
}
