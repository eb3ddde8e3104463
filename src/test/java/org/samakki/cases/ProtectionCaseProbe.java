package org.samakki.cases;

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
 * Protection cases through {@code /api/cases/{id}}: a case of an other vulnerable migrant (not
 * highly sensitive, so the agency's roles see it), opened by a caseworker of the agency.
 */
public class ProtectionCaseProbe implements ResourceProbe {

  @Override
  public String resource() {
    return "protection-case";
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
                  "Stranded after the factory closed",
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
    return "/api/cases/" + id;
  }

  @Override
  public Object sample(String field) {
    return switch (field) {
      case "narrative" -> "Corrected after the second interview";
      case "child", "highlySensitive" -> Boolean.FALSE;
      default -> "x";
    };
  }
}
