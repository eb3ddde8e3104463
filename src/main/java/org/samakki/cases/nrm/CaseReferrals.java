package org.samakki.cases.nrm;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.AgencyType;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.referrals.Referral;
import org.samakki.referrals.ReferralAccepted;
import org.samakki.referrals.Referrals;
import org.samakki.referrals.Service;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring a case to a provider: only when consent covers referral to that kind of agency, or when
 * a user with the override permission gives a reason (DP-06); the receiving agency then reads the
 * shared sections only, and only while the referral stands. An accepted transfer hands the case
 * over to the receiving agency.
 */
@org.springframework.stereotype.Service
public class CaseReferrals {

  /** The sections of a case that can be shared, and their fields (as in the policy file). */
  static final Map<String, List<String>> SECTIONS =
      Map.of(
          "summary",
          List.of(
              "id",
              "caseRef",
              "personId",
              "caseType",
              "stage",
              "highlySensitive",
              "child",
              "openedAt",
              "protectionStartedOn",
              "protectionDeadline",
              "closureReason"),
          "decision",
          List.of("identification", "identifiedBy", "identifiedOn"),
          "narrative",
          List.of("narrative"),
          "health",
          List.of("health"),
          "immigration",
          List.of("immigrationStatus"));

  /** The fields of a section that can be shared; empty for an unknown one. */
  public static List<String> sectionFields(String section) {
    return SECTIONS.getOrDefault(section, List.of());
  }

  private final ProtectionCases cases;
  private final Consents consents;
  private final Referrals referrals;
  private final AccessControl access;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  CaseReferrals(
      ProtectionCases cases,
      Consents consents,
      Referrals referrals,
      AccessControl access,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock) {
    this.cases = cases;
    this.consents = consents;
    this.referrals = referrals;
    this.access = access;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A referral or transfer to ask for; the override reason only when consent does not cover it. */
  public record Request(
      UUID providerId,
      Service service,
      Set<String> sections,
      boolean transfer,
      String overrideReason) {}

  @Transactional
  public UUID refer(UUID caseId, Request request) {
    ProtectionCases.Row row = cases.visible(caseId, "update");
    if (request.sections().isEmpty() || !SECTIONS.keySet().containsAll(request.sections())) {
      throw new IllegalArgumentException("cases.referral.sectionsInvalid");
    }
    Referrals.Provider provider =
        referrals
            .provider(request.providerId())
            .orElseThrow(() -> new IllegalArgumentException("referrals.provider.unknown"));
    boolean consented = consents.covers(caseId, Purpose.REFERRAL, recipient(provider.agencyType()));
    String override = null;
    if (!consented) {
      if (request.overrideReason() == null || request.overrideReason().isBlank()) {
        throw new IllegalArgumentException("cases.referral.consentMissing");
      }
      access.require(ProtectionCases.RESOURCE, "override-consent");
      override = request.overrideReason().strip();
      if (override.length() > 1000) {
        throw new IllegalArgumentException("cases.referral.reasonTooLong");
      }
    }
    return referrals.send(
        new Referrals.Outgoing(
            request.transfer(),
            caseId,
            row.caseRef(),
            provider.id(),
            request.service(),
            List.copyOf(request.sections()),
            override));
  }

  /**
   * The shared sections of the case behind a referral to the reader's agency, and nothing else;
   * missing (404) for any other agency or once the referral was declined or cancelled.
   */
  @Transactional
  public Map<String, Object> shared(UUID referralId) {
    Referral referral = referrals.sharedWithMe(referralId);
    access.require(ProtectionCases.RESOURCE, "read");
    ProtectionCases.Row row = cases.row(referral.caseUuid());
    if (row.restrictedBy() != null) {
      // a restricted case is shared with no one (DP-13)
      throw new org.samakki.access.RecordNotFoundException(
          ProtectionCases.RESOURCE, referralId.toString());
    }
    Set<String> readable = access.readableFields(ProtectionCases.RESOURCE);
    Set<String> sharedFields = new java.util.HashSet<>();
    referral.sections().forEach(s -> sharedFields.addAll(SECTIONS.getOrDefault(s, List.of())));
    sharedFields.retainAll(readable);
    Map<String, Object> all = fields(cases.view(row, sharedFields));
    Map<String, Object> shared = new LinkedHashMap<>();
    for (String section : referral.sections()) {
      for (String field : SECTIONS.getOrDefault(section, List.of())) {
        if (readable.contains(field)) {
          shared.put(field, all.get(field));
        }
      }
    }
    audit.record(
        AuditRecord.read(
            "VIEW_SHARED",
            ProtectionCases.RESOURCE,
            List.of(row.id().toString(), referralId.toString()),
            List.copyOf(shared.keySet())));
    return shared;
  }

  /**
   * The shared sections when the reader's agency received this referral and it stands; null for the
   * referring agency (which reads the case itself) and once the referral was declined.
   */
  @Transactional
  public Map<String, Object> sharedIfReceived(UUID referralId) {
    try {
      return shared(referralId);
    } catch (org.samakki.access.RecordNotFoundException notReceived) {
      return null;
    }
  }

  /**
   * An accepted transfer: the receiving agency owns the case, the user who accepted works on it.
   */
  @EventListener
  void onAccepted(ReferralAccepted accepted) {
    if (!accepted.transfer()) {
      return;
    }
    if (cases.row(accepted.caseId()).restrictedBy() != null) {
      // a restricted case changes hands with no one (DP-13): the acceptance is rolled back
      throw new IllegalArgumentException("cases.restricted");
    }
    jdbc.sql("update cases.protection_case set owner_agency_id = ?, updated_at = ? where id = ?")
        .params(accepted.toAgencyId(), OffsetDateTime.now(clock), accepted.caseId())
        .update();
    jdbc.sql("delete from cases.assignment where case_id = ?").param(accepted.caseId()).update();
    jdbc.sql("insert into cases.assignment (case_id, user_id) values (?, ?)")
        .params(accepted.caseId(), accepted.acceptedBy())
        .update();
    audit.record(
        AuditRecord.change(
            "TRANSFER",
            ProtectionCases.RESOURCE,
            accepted.caseId().toString(),
            List.of("ownerAgency", "assignees")));
  }

  private static Map<String, Object> fields(CaseView view) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (java.lang.reflect.RecordComponent c : CaseView.class.getRecordComponents()) {
      try {
        fields.put(c.getName(), c.getAccessor().invoke(view));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return fields;
  }

  private static RecipientType recipient(AgencyType type) {
    return switch (type) {
      case GOVERNMENT -> RecipientType.GOVERNMENT;
      case UN_AGENCY -> RecipientType.UN_AGENCY;
      case NGO -> RecipientType.NGO;
      case COMMUNITY_ORGANISATION -> RecipientType.COMMUNITY_ORGANISATION;
    };
  }
}
