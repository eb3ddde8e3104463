package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
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
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Referrals between agencies (DP-06): none without consent unless a user with the override
 * permission gives a reason, which is audited; the receiving agency reads only the shared sections
 * and nothing once it declined; withdrawn consent blocks new referrals; a child's case needs a
 * guardian or a best-interest decision; an accepted transfer hands the case over.
 */
@SpringBootTest
class CaseReferralTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  @Autowired CaseReferrals caseReferrals;
  @Autowired Referrals referrals;
  @Autowired Consents consents;
  @TempDir Path folder;
  TestAccounts accounts;
  TestUser supervisor;
  TestUser caseworker;
  TestUser shelterWorker;
  UUID shelter;
  long person;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    Agency outreach = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(outreach, "supervisor");
    caseworker = accounts.user(outreach, null, supervisor.id(), "caseworker");
    Agency shelterNgo = accounts.agency(AgencyType.NGO);
    shelterWorker = accounts.user(shelterNgo, "caseworker");
    TestSignIn.actAs(
        accounts.user(accounts.agency(AgencyType.GOVERNMENT), "platform-administrator"));
    shelter =
        referrals.addProvider(
            shelterNgo.id(),
            "Mae Sot women's shelter",
            List.of(Service.SHELTER, Service.MENTAL_HEALTH),
            List.of("63"),
            List.of("my", "th"),
            "+66 55 000 000");
    Row worker = RegistryFixtures.worker();
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    person = registry.personId(worker.get("document_number"));
    TestSignIn.actAs(caseworker);
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void withoutConsentOnlyASupervisorsOverrideWithAReasonRefers() {
    UUID id = open(CaseType.TRAFFICKING, false);
    CaseReferrals.Request plain = request(Set.of("summary"), false, null);

    assertThatThrownBy(() -> caseReferrals.refer(id, plain))
        .hasMessage("cases.referral.consentMissing");
    assertThatThrownBy(
            () ->
                caseReferrals.refer(
                    id, request(Set.of("summary"), false, "She is in danger tonight")))
        .isInstanceOf(AccessDeniedException.class);

    TestSignIn.actAs(supervisor);
    UUID referral =
        caseReferrals.refer(id, request(Set.of("summary"), false, "She is in danger tonight"));

    assertThat(
            jdbc.sql(
                    "select reason from audit.entry where action = 'REFER_OVERRIDE'"
                        + " and ? = any(record_ids)")
                .param(referral.toString())
                .query(String.class)
                .single())
        .isEqualTo("She is in danger tonight");
  }

  @Test
  void theShelterReadsOnlyTheSharedSectionsAndNothingOnceItDeclined() {
    UUID id = open(CaseType.TRAFFICKING, false);
    consents.give(id, consent(Purpose.REFERRAL, RecipientType.NGO, Giver.PERSON));
    UUID referral = caseReferrals.refer(id, request(Set.of("summary"), false, null));

    TestSignIn.actAs(shelterWorker);
    assertThat(referrals.inbox()).extracting(r -> r.id()).contains(referral.toString());
    Map<String, Object> shared = caseReferrals.shared(referral);
    assertThat(shared).containsEntry("caseType", "TRAFFICKING").containsKey("caseRef");
    assertThat(shared).doesNotContainKeys("narrative", "identification");
    assertThatThrownBy(() -> cases.read(id)).isInstanceOf(RecordNotFoundException.class);

    referrals.decline(referral, "No place for the next two weeks");
    assertThatThrownBy(() -> caseReferrals.shared(referral))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void withdrawnConsentBlocksTheNextReferral() {
    UUID id = open(CaseType.VULNERABLE_MIGRANT, false);
    UUID consent = consents.give(id, consent(Purpose.REFERRAL, RecipientType.ANY, Giver.PERSON));
    caseReferrals.refer(id, request(Set.of("summary", "narrative"), false, null));

    consents.withdraw(id, consent);

    assertThatThrownBy(() -> caseReferrals.refer(id, request(Set.of("summary"), false, null)))
        .hasMessage("cases.referral.consentMissing");
  }

  @Test
  void aChildsCaseWithoutAGuardianOrABestInterestDecisionCannotBeReferred() {
    UUID id = open(CaseType.CHILD_IN_DETENTION, true);
    assertThatThrownBy(
            () -> consents.give(id, consent(Purpose.REFERRAL, RecipientType.NGO, Giver.PERSON)))
        .hasMessage("cases.consent.childNeedsGuardian");

    assertThatThrownBy(() -> caseReferrals.refer(id, request(Set.of("summary"), false, null)))
        .hasMessage("cases.referral.consentMissing");
  }

  @Test
  void anAcceptedTransferHandsTheCaseToTheShelter() {
    UUID id = open(CaseType.TRAFFICKING, false);
    consents.give(id, consent(Purpose.REFERRAL, RecipientType.NGO, Giver.PERSON));
    UUID transfer =
        caseReferrals.refer(id, request(Set.of("summary", "decision", "narrative"), true, null));

    TestSignIn.actAs(shelterWorker);
    assertThat(caseReferrals.shared(transfer)).containsEntry("narrative", "Escaped from a boat");
    referrals.accept(transfer);
    referrals.report(transfer, "Shelter and counselling in Burmese");

    assertThat(cases.read(id)).containsEntry("narrative", "Escaped from a boat");
    TestSignIn.actAs(caseworker);
    assertThatThrownBy(() -> cases.read(id)).isInstanceOf(RecordNotFoundException.class);
    referrals.complete(transfer);
    assertThat(referrals.read(transfer).status()).isEqualTo("COMPLETED");
    assertThat(referrals.read(transfer).serviceReport())
        .isEqualTo("Shelter and counselling in Burmese");
  }

  private UUID open(CaseType type, boolean child) {
    return cases.open(
        new ProtectionCases.Opening(
            person,
            type,
            child,
            "Escaped from a boat",
            "privacy-notice-2026-1",
            "my",
            LegalBasis.VITAL_INTEREST));
  }

  private CaseReferrals.Request request(Set<String> sections, boolean transfer, String override) {
    return new CaseReferrals.Request(shelter, Service.SHELTER, sections, transfer, override);
  }

  private static Consents.Given consent(Purpose purpose, RecipientType recipient, Giver giver) {
    return new Consents.Given(purpose, recipient, giver, null, "my", "privacy-notice-my-2026-1");
  }
}
