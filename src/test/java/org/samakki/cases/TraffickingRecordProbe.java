package org.samakki.cases;

import java.util.List;
import org.samakki.access.ResourceProbe;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.registry.RegistryFixtures;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The trafficking record (HTCDS) of a case through {@code /api/cases/{id}/trafficking}: a case of
 * an other vulnerable migrant (not highly sensitive), opened by a caseworker of the agency.
 */
public class TraffickingRecordProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "trafficking-record";
  }

  @Override
  public String create(TestAccounts accounts, Agency agency) {
    long person = new RegistryFixtures(accounts.context()).onePerson(agency.id());
    SecurityContext before = SecurityContextHolder.getContext();
    try {
      TestSignIn.actAs(accounts.user(agency, "caseworker"));
      return accounts
          .context()
          .getBean(ProtectionCases.class)
          .open(
              new ProtectionCases.Opening(
                  person,
                  CaseType.VULNERABLE_MIGRANT,
                  false,
                  "Recruited for a farm, paid nothing",
                  "privacy-notice-2026-1",
                  "my",
                  LegalBasis.VITAL_INTEREST))
          .toString();
    } finally {
      SecurityContextHolder.setContext(before);
    }
  }

  @Override
  public String path(String id) {
    return "/api/cases/" + id + "/trafficking";
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "recruiterType" -> "BROKER_OR_AGENT";
      case "recruitedOn" -> "2024-01-15";
      case "recruitmentArea" -> "63";
      case "recruitmentCountry" -> "MMR";
      case "recruitmentFee", "debtOwed" -> 15000;
      case "recruitmentDetails" -> "Met the broker at the market";
      case "meansOfControl" -> List.of("THREATS");
      case "exploitationTypes" -> List.of("FORCED_LABOUR");
      case "industries" -> List.of("AGRICULTURE");
      default -> "x";
    };
  }
}
