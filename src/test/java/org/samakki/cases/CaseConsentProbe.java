package org.samakki.cases;

import java.util.UUID;
import org.samakki.access.ResourceProbe;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.cases.consent.Purpose;

/**
 * Consents through {@code /api/cases/{case}/consents/{consent}}: a referral consent at a case of an
 * other vulnerable migrant of the agency; the only change a consent takes is its withdrawal.
 */
public class CaseConsentProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "case-consent";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    CaseFixtures fixtures = new CaseFixtures(accounts);
    TestAccounts.TestUser caseworker = accounts.user(agency, "caseworker");
    UUID caseId = fixtures.openCase(caseworker);
    return caseId + "/consents/" + fixtures.consent(caseworker, caseId, Purpose.REFERRAL);
  }

  @Override
  public String path(String id) {
    return "/api/cases/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "withdrawnAt", "givenAt" -> "2026-05-01T09:00:00Z";
      case "childAssent" -> Boolean.TRUE;
      case "purpose" -> "SERVICES";
      case "recipientType" -> "NGO";
      case "giver" -> "GUARDIAN";
      case "language" -> "th";
      default -> "x";
    };
  }
}
