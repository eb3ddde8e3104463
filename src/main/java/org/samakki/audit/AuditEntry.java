package org.samakki.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the audit trail as the data protection officer reads it. */
public record AuditEntry(
    long seq,
    Instant occurredAt,
    UUID actorId,
    String actorName,
    List<String> roles,
    UUID agencyId,
    String purpose,
    String agreement,
    String action,
    String resourceType,
    List<String> recordIds,
    List<String> fields,
    AuditRecord.Outcome outcome,
    String reason,
    String clientAddress,
    String requestId) {

  public AuditEntry {
    roles = List.copyOf(roles);
    recordIds = List.copyOf(recordIds);
    fields = List.copyOf(fields);
  }
}
