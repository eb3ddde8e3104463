package org.samakki.cases;

import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.access.ResourceProbe;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.cases.consent.Purpose;

/**
 * Referrals through {@code /api/referrals/{id}}: the agency's caseworker refers a case, on consent,
 * to a shelter of another agency; the referring agency's roles read it and may cancel it.
 */
public class ReferralProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "referral";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    CaseFixtures fixtures = new CaseFixtures(accounts);
    TestAccounts.TestUser caseworker = accounts.user(agency, "caseworker");
    UUID caseId = fixtures.openCase(caseworker);
    fixtures.consent(caseworker, caseId, Purpose.REFERRAL);
    UUID shelter = fixtures.shelter(accounts.agency(AgencyType.NGO));
    return fixtures.refer(caseworker, caseId, shelter).toString();
  }

  @Override
  public String path(String id) {
    return "/api/referrals/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "status" -> "CANCELLED";
      case "sections" -> java.util.List.of("summary");
      case "sentAt", "respondedAt" -> "2026-05-01T09:00:00Z";
      default -> "x";
    };
  }
}
