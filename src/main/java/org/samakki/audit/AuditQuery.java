package org.samakki.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A question to the audit trail: who (actor or agency) did what (action) to which records, between
 * two times. Empty parts match everything; results come newest first, {@code limit} at a time.
 */
public record AuditQuery(
    UUID actorId,
    String actorName,
    UUID agencyId,
    String resourceType,
    String recordId,
    String action,
    Instant from,
    Instant to,
    Long beforeSeq,
    int limit) {

  public static final int MAX_LIMIT = 10_000;

  public AuditQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("The end of the period is before its start");
    }
  }

  public static AuditQuery all(int limit) {
    return new AuditQuery(null, null, null, null, null, null, null, null, null, limit);
  }
}
