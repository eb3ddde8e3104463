package org.samakki.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Giver;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.nrm.CaseReferrals;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.referrals.Referrals;
import org.samakki.referrals.Service;
import org.samakki.registry.RegistryFixtures;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cases, consents, providers and referrals made for a test or a probe, each as the user who would
 * make it, leaving the caller's sign-in as it was.
 */
public final class CaseFixtures {

  private final TestAccounts accounts;

  public CaseFixtures(TestAccounts accounts) {
    this.accounts = accounts;
  }

  /** A case of an other vulnerable migrant (not highly sensitive), opened by this caseworker. */
  public UUID openCase(TestAccounts.TestUser caseworker) {
    long person = new RegistryFixtures(accounts.context()).onePerson(caseworker.agency().id());
    return as(
        caseworker,
        () ->
            accounts
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
                        LegalBasis.VITAL_INTEREST)));
  }

  /** The person's consent to this purpose for any kind of recipient, recorded by the caseworker. */
  public UUID consent(TestAccounts.TestUser caseworker, UUID caseId, Purpose purpose) {
    return as(
        caseworker,
        () ->
            accounts
                .context()
                .getBean(Consents.class)
                .give(
                    caseId,
                    new Consents.Given(
                        purpose, RecipientType.ANY, Giver.PERSON, null, "my", "notice-2026-1")));
  }

  /** A shelter of a new NGO in the directory, added by a platform administrator. */
  public UUID shelter(Agency agency) {
    TestAccounts.TestUser admin =
        accounts.user(accounts.agency(AgencyType.GOVERNMENT), "platform-administrator");
    return as(
        admin,
        () ->
            accounts
                .context()
                .getBean(Referrals.class)
                .addProvider(
                    agency.id(),
                    "Shelter " + UUID.randomUUID().toString().substring(0, 8),
                    List.of(Service.SHELTER, Service.LEGAL_AID),
                    List.of("63"),
                    List.of("my", "th"),
                    "+66 55 000 000"));
  }

  /** A referral of the summary, on consent, from the caseworker's case to this provider. */
  public UUID refer(TestAccounts.TestUser caseworker, UUID caseId, UUID provider) {
    return as(
        caseworker,
        () ->
            accounts
                .context()
                .getBean(CaseReferrals.class)
                .refer(
                    caseId,
                    new CaseReferrals.Request(
                        provider, Service.SHELTER, Set.of("summary"), false, null)));
  }

  private static <T> T as(TestAccounts.TestUser user, Supplier<T> work) {
    SecurityContext before = SecurityContextHolder.getContext();
    try {
      TestSignIn.actAs(user);
      return work.get();
    } finally {
      SecurityContextHolder.setContext(before);
    }
  }
}
