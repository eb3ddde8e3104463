package org.samakki.audit;

import java.util.List;
import java.util.Objects;

/**
 * What to record: the action on which records and which fields or sections (names, never values),
 * its outcome and, for break-the-glass or overrides, the reason given.
 */
public record AuditRecord(
    String action,
    String resourceType,
    List<String> recordIds,
    List<String> fields,
    Outcome outcome,
    String reason) {

  /** How the action ended. */
  public enum Outcome {
    SUCCESS,
    DENIED,
    FAILED
  }

  public AuditRecord {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    recordIds = List.copyOf(recordIds);
    fields = List.copyOf(fields);
  }

  /** A successful view, list, search or export of these records' fields. */
  public static AuditRecord read(
      String action, String resourceType, List<String> recordIds, List<String> fields) {
    return new AuditRecord(action, resourceType, recordIds, fields, Outcome.SUCCESS, null);
  }

  /** A successful change to one record's fields. */
  public static AuditRecord change(
      String action, String resourceType, String recordId, List<String> fields) {
    return new AuditRecord(action, resourceType, List.of(recordId), fields, Outcome.SUCCESS, null);
  }

  /** A security event without a record, such as a sign-in. */
  public static AuditRecord event(String action, Outcome outcome) {
    return new AuditRecord(action, null, List.of(), List.of(), outcome, null);
  }

  /** The same action on these records, such as every person an import batch touched. */
  public AuditRecord withRecords(List<String> ids) {
    return new AuditRecord(action, resourceType, ids, fields, outcome, reason);
  }

  public AuditRecord because(String why) {
    return new AuditRecord(action, resourceType, recordIds, fields, outcome, why);
  }
}
