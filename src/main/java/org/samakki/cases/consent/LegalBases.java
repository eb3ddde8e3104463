package org.samakki.cases.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legal basis in force for each purpose of a case (DP-01). Keeps no access rules of its own:
 * callers have already checked that the reader may see or change the case.
 */
@Component
public class LegalBases {

  static final String RESOURCE = "protection-case";

  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  LegalBases(JdbcClient jdbc, AccessControl access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A basis as set: for which purpose, which basis, by whom, when, under which notice. */
  public record Entry(
      String purpose, String basis, String noticeVersion, OffsetDateTime setAt, UUID setBy) {}

  /** Sets the basis of one purpose; the earlier one stays in the history. */
  public void set(UUID caseId, ProcessingPurpose purpose, LegalBasis basis, String noticeVersion) {
    if (purpose == null || basis == null) {
      throw new IllegalArgumentException("cases.legalBasis.required");
    }
    if (noticeVersion == null || noticeVersion.isBlank() || noticeVersion.length() > 60) {
      throw new IllegalArgumentException("cases.open.noticeRequired");
    }
    jdbc.sql(
            "insert into cases.legal_basis (id, case_id, purpose, basis, notice_version, set_at,"
                + " set_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            caseId,
            purpose.name(),
            basis.name(),
            noticeVersion.strip(),
            OffsetDateTime.now(clock),
            access.actor().id())
        .update();
    audit.record(
        AuditRecord.change("LEGAL_BASIS", RESOURCE, caseId.toString(), List.of("legalBases")));
  }

  /** A consent given for a purpose without a basis yet makes consent its basis. */
  void consented(UUID caseId, Purpose purpose, String noticeVersion) {
    if (current(caseId, ProcessingPurpose.of(purpose)).isEmpty()) {
      set(caseId, ProcessingPurpose.of(purpose), LegalBasis.CONSENT, noticeVersion);
    }
  }

  /**
   * Refuses (422) processing for a purpose without a basis, or whose basis is consent that is no
   * longer in force.
   */
  public void require(UUID caseId, ProcessingPurpose purpose) {
    Entry entry =
        current(caseId, purpose)
            .orElseThrow(() -> new IllegalArgumentException("cases.legalBasis.missing"));
    if (LegalBasis.CONSENT.name().equals(entry.basis())
        && purpose != ProcessingPurpose.CASE_MANAGEMENT
        && !consentInForce(caseId, purpose)) {
      throw new IllegalArgumentException("cases.legalBasis.consentWithdrawn");
    }
  }

  /** The basis in force per purpose, in the order of the purposes. */
  public List<Entry> inForce(UUID caseId) {
    return jdbc
        .sql(
            "select distinct on (purpose) purpose, basis, notice_version, set_at, set_by"
                + " from cases.legal_basis where case_id = ? order by purpose, set_at desc")
        .param(caseId)
        .query(LegalBases::entry)
        .list()
        .stream()
        .sorted(
            java.util.Comparator.comparing(e -> ProcessingPurpose.valueOf(e.purpose()).ordinal()))
        .toList();
  }

  /** Every basis ever set, oldest first, for the subject access export. */
  public List<Entry> history(UUID caseId) {
    return jdbc.sql(
            "select purpose, basis, notice_version, set_at, set_by from cases.legal_basis"
                + " where case_id = ? order by set_at, id")
        .param(caseId)
        .query(LegalBases::entry)
        .list();
  }

  private Optional<Entry> current(UUID caseId, ProcessingPurpose purpose) {
    return jdbc.sql(
            "select purpose, basis, notice_version, set_at, set_by from cases.legal_basis"
                + " where case_id = ? and purpose = ? order by set_at desc limit 1")
        .params(caseId, purpose.name())
        .query(LegalBases::entry)
        .optional();
  }

  private boolean consentInForce(UUID caseId, ProcessingPurpose purpose) {
    return jdbc.sql(
            "select exists (select 1 from cases.consent where case_id = ? and purpose = ?"
                + " and withdrawn_at is null)")
        .params(caseId, purpose.name())
        .query(Boolean.class)
        .single();
  }

  private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Entry(
        rs.getString("purpose"),
        rs.getString("basis"),
        rs.getString("notice_version"),
        rs.getObject("set_at", OffsetDateTime.class),
        rs.getObject("set_by", UUID.class));
  }
}
