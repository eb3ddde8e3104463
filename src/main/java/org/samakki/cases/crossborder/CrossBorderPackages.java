package org.samakki.cases.crossborder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.attachments.Attachments;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.nrm.CaseReferrals;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.referrals.Counterparts;
import org.samakki.referrals.Referral;
import org.samakki.referrals.Referrals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The package a referral for return and reintegration sends to the counterpart in the country of
 * origin: the sections the referral shares (as the sender may read them) and the attachments the
 * sender chose, as JSON and files in a ZIP sealed for the counterpart’s public key. Built only by
 * the agency that holds the case, only while consent covers the referral to that kind of agency or
 * the referral was sent on an audited override (DP-06), photos only with photo consent; every
 * package is audited with the fields and attachments it carries.
 */
@Service
public class CrossBorderPackages {

  static final String FORMAT = "samakki-cross-border-package/1";
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Referrals referrals;
  private final Counterparts counterparts;
  private final ProtectionCases cases;
  private final Consents consents;
  private final Attachments attachments;
  private final AuditTrail audit;
  private final Clock clock;

  CrossBorderPackages(
      Referrals referrals,
      Counterparts counterparts,
      ProtectionCases cases,
      Consents consents,
      Attachments attachments,
      AuditTrail audit,
      Clock clock) {
    this.referrals = referrals;
    this.counterparts = counterparts;
    this.cases = cases;
    this.consents = consents;
    this.attachments = attachments;
    this.audit = audit;
    this.clock = clock;
  }

  /** A sealed package and the name to save it under. */
  public record Sealed(String fileName, byte[] bytes) {}

  /** Builds the package of a cross-border referral with these attachments of the case. */
  @Transactional
  public Sealed build(UUID referralId, List<UUID> attachmentIds) {
    Referral referral = referrals.read(referralId);
    UUID caseId = referral.caseUuid();
    // the agency holding the case, never the receiving one (404 for it)
    cases.require(caseId, "update");
    Counterparts.Counterpart counterpart =
        counterparts
            .ofReferral(referralId)
            .orElseThrow(() -> new IllegalArgumentException("cases.package.notCrossBorder"));
    if (!List.of("SENT", "ACCEPTED").contains(referral.status())) {
      throw new IllegalArgumentException("cases.package.referralClosed");
    }
    boolean consented =
        consents.covers(caseId, Purpose.REFERRAL, recipient(counterpart.agencyType()));
    if (!consented && !"OVERRIDE".equals(referral.basis())) {
      throw new IllegalArgumentException("cases.package.consentMissing");
    }
    List<Attachments.Download> files =
        attachments.forPackage(caseId, attachmentIds == null ? List.of() : attachmentIds);
    if (files.stream().anyMatch(f -> f.attachment().photo()) && !attachments.photoConsent(caseId)) {
      throw new IllegalArgumentException("cases.attachment.photoConsentMissing");
    }

    Map<String, Object> view = cases.read(caseId);
    Map<String, Object> sections = new LinkedHashMap<>();
    List<String> fields = new ArrayList<>();
    for (String section : referral.sections()) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (String field : CaseReferrals.sectionFields(section)) {
        if (view.containsKey(field)) {
          Object value = view.get(field);
          values.put(field, value == null ? null : value.toString());
          fields.add(field);
        }
      }
      sections.put(section, values);
    }
    List<Map<String, Object>> manifest = new ArrayList<>();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    int n = 0;
    for (Attachments.Download file : files) {
      String path = String.format("attachments/%02d-%s", ++n, file.attachment().fileName());
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", path);
      item.put("fileName", file.attachment().fileName());
      item.put("contentType", file.attachment().contentType());
      item.put("size", file.attachment().size());
      item.put("sha256", file.attachment().sha256());
      manifest.add(item);
      entries.put(path, file.content());
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", FORMAT);
    document.put("createdAt", Instant.now(clock).toString());
    document.put("referralId", referral.id());
    document.put("caseRef", referral.caseRef());
    document.put("service", referral.service());
    document.put("from", referral.fromAgencyName());
    document.put("to", counterpart.name());
    document.put("country", counterpart.country());
    document.put("basis", referral.basis());
    document.put("sections", sections);
    document.put("attachments", manifest);
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("case.json", JSON.writeValueAsString(document).getBytes(StandardCharsets.UTF_8));
    all.putAll(entries);
    byte[] sealed = PackageFormat.seal(all, counterpart.publicKey());

    List<String> ids = new ArrayList<>(List.of(referralId.toString(), caseId.toString()));
    files.forEach(f -> ids.add(f.attachment().id()));
    if (!files.isEmpty()) {
      fields.add("attachments");
    }
    audit.record(
        new AuditRecord(
            "CROSS_BORDER_PACKAGE",
            "referral",
            ids,
            fields,
            AuditRecord.Outcome.SUCCESS,
            consented ? null : referral.overrideReason()));
    return new Sealed(referral.caseRef() + "-" + referralId + ".smkx", sealed);
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
