package org.samakki.cases.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.PolicyResource;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.nrm.ProtectionCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structured, versioned consent per purpose and recipient type (DP-02): who gave it, when, in which
 * language and under which version of the privacy notice. A child's consent is the child's assent
 * with a guardian's consent, or a recorded best-interest decision. Withdrawing one purpose leaves
 * the others as they are.
 */
@Service
public class Consents {

  static final String RESOURCE = "case-consent";

  private final JdbcClient jdbc;
  private final ProtectionCases cases;
  private final LegalBases bases;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  Consents(
      JdbcClient jdbc,
      ProtectionCases cases,
      LegalBases bases,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.bases = bases;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A consent as recorded at a case. */
  public record Given(
      Purpose purpose,
      RecipientType recipientType,
      Giver giver,
      Boolean childAssent,
      String language,
      String noticeVersion) {}

  /** Records a consent; returns its id. */
  @Transactional
  public UUID give(UUID caseId, Given consent) {
    access.require(RESOURCE, "create");
    cases.require(caseId, "update");
    if (consent.noticeVersion() == null || consent.noticeVersion().isBlank()) {
      // the privacy notice shown at collection, in the person's language (DP-19)
      throw new IllegalArgumentException("cases.consent.noticeRequired");
    }
    if (consent.language() == null || !consent.language().matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("cases.consent.languageRequired");
    }
    if (child(caseId) && !validForChild(consent)) {
      throw new IllegalArgumentException("cases.consent.childNeedsGuardian");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into cases.consent (id, case_id, purpose, recipient_type, giver, child_assent,"
                + " language, notice_version, given_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId,
            consent.purpose().name(),
            consent.recipientType().name(),
            consent.giver().name(),
            consent.childAssent(),
            consent.language(),
            consent.noticeVersion().strip(),
            OffsetDateTime.now(clock),
            access.actor().id())
        .update();
    bases.consented(caseId, consent.purpose(), consent.noticeVersion());
    audit.record(
        AuditRecord.change(
            "CONSENT", RESOURCE, id.toString(), List.of("purpose", "recipientType", "giver")));
    return id;
  }

  /** Withdraws one consent: its purpose is blocked from now on, the others are not. */
  @Transactional
  public void withdraw(UUID caseId, UUID consentId) {
    access.require(RESOURCE, "update");
    cases.require(caseId, "update");
    int changed =
        jdbc.sql(
                "update cases.consent set withdrawn_at = ?, withdrawn_by = ?"
                    + " where id = ? and case_id = ? and withdrawn_at is null")
            .params(OffsetDateTime.now(clock), access.actor().id(), consentId, caseId)
            .update();
    if (changed == 0) {
      throw new IllegalArgumentException("cases.consent.notActive");
    }
    audit.record(
        AuditRecord.change("WITHDRAW", RESOURCE, consentId.toString(), List.of("withdrawnAt")));
  }

  /** A consent as the case page lists it and the policy's {@code case-consent} resource shows. */
  @PolicyResource("case-consent")
  public record Consent(
      UUID id,
      String purpose,
      String recipientType,
      String giver,
      Boolean childAssent,
      String language,
      String noticeVersion,
      OffsetDateTime givenAt,
      OffsetDateTime withdrawnAt) {

    public boolean inForce() {
      return withdrawnAt == null;
    }
  }

  /** Every consent of a case, withdrawn ones included, newest first. */
  @Transactional
  public List<Consent> of(UUID caseId) {
    access.require(RESOURCE, "read");
    cases.require(caseId, "read");
    List<Consent> found =
        jdbc.sql("select * from cases.consent where case_id = ? order by given_at desc")
            .param(caseId)
            .query(Consents::consent)
            .list();
    audit.record(
        AuditRecord.read(
            "LIST", RESOURCE, found.stream().map(c -> c.id().toString()).toList(), List.of("*")));
    return found;
  }

  /** Every consent of a case with the fields the reader may see, newest first. */
  @Transactional
  public List<Map<String, Object>> views(UUID caseId) {
    return of(caseId).stream().map(c -> access.readable(RESOURCE, c)).toList();
  }

  /** One consent of a case with the fields the reader may see; missing (404) otherwise. */
  @Transactional
  public Map<String, Object> view(UUID caseId, UUID consentId) {
    access.require(RESOURCE, "read");
    cases.require(caseId, "read");
    Consent consent =
        jdbc.sql("select * from cases.consent where id = ? and case_id = ?")
            .params(consentId, caseId)
            .query(Consents::consent)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException(RESOURCE, consentId.toString()));
    Map<String, Object> view = access.readable(RESOURCE, consent);
    audit.record(
        AuditRecord.read(
            "VIEW",
            RESOURCE,
            List.of(consentId.toString(), caseId.toString()),
            List.copyOf(view.keySet())));
    return view;
  }

  /**
   * A consent is versioned, never edited: the only change is its withdrawal ({@code withdrawnAt}
   * set); a different consent is recorded anew. Fields the reader may not write are refused (403).
   */
  @Transactional
  public Map<String, Object> update(UUID caseId, UUID consentId, Map<String, Object> changes) {
    access.require(RESOURCE, "update");
    view(caseId, consentId);
    access.requireWritable(RESOURCE, changes.keySet());
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      if (!"withdrawnAt".equals(change.getKey())) {
        throw new IllegalArgumentException("cases.consent.versioned");
      }
      if (change.getValue() == null) {
        throw new IllegalArgumentException("cases.consent.versioned");
      }
      withdraw(caseId, consentId);
    }
    return view(caseId, consentId);
  }

  /** Whether a consent in force covers this purpose for this kind of recipient. */
  public boolean covers(UUID caseId, Purpose purpose, RecipientType recipient) {
    return jdbc.sql(
            "select exists (select 1 from cases.consent where case_id = ? and purpose = ?"
                + " and recipient_type in (?, 'ANY') and withdrawn_at is null)")
        .params(caseId, purpose.name(), recipient.name())
        .query(Boolean.class)
        .single();
  }

  private boolean child(UUID caseId) {
    return jdbc.sql("select child from cases.protection_case where id = ?")
        .param(caseId)
        .query(Boolean.class)
        .single();
  }

  /** A child's assent with a guardian's consent, or a recorded best-interest decision. */
  static boolean validForChild(Given consent) {
    return switch (consent.giver()) {
      case GUARDIAN -> Boolean.TRUE.equals(consent.childAssent());
      case BEST_INTEREST_DECISION -> true;
      case PERSON -> false;
    };
  }

  private static Consent consent(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Consent(
        rs.getObject("id", UUID.class),
        rs.getString("purpose"),
        rs.getString("recipient_type"),
        rs.getString("giver"),
        (Boolean) rs.getObject("child_assent"),
        rs.getString("language"),
        rs.getString("notice_version"),
        rs.getObject("given_at", OffsetDateTime.class),
        rs.getObject("withdrawn_at", OffsetDateTime.class));
  }
}
