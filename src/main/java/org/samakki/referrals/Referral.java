package org.samakki.referrals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.samakki.access.PolicyResource;

/** A referral as the policy's {@code referral} resource shows it; never the case's content. */
@PolicyResource("referral")
public record Referral(
    String id,
    String kind,
    String caseId,
    String caseRef,
    String providerName,
    String fromAgencyName,
    String toAgencyName,
    String service,
    List<String> sections,
    String basis,
    String overrideReason,
    String status,
    Instant sentAt,
    Instant respondedAt,
    String responseReason,
    String serviceReport) {

  /** The case this referral shares, as its id. */
  public UUID caseUuid() {
    return UUID.fromString(caseId);
  }
}
