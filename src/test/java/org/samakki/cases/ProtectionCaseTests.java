package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.samakki.cases.consent.ProcessingPurpose;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.keys.TamperedFieldException;
import org.samakki.cases.nrm.Approvals;
import org.samakki.cases.nrm.CasePlans;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ClosureReason;
import org.samakki.cases.nrm.Identification;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.nrm.Stage;
import org.samakki.cases.nrm.TeamMember;
import org.samakki.cases.nrm.TeamRole;
import org.samakki.cases.screening.Indicator;
import org.samakki.cases.screening.Outcome;
import org.samakki.cases.screening.Screenings;
import org.samakki.referrals.Service;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Protection cases along the NRM: stages in order with the 15-day clock, identification by the
 * team, closure and reopening; the narrative encrypted with the case's key (a table dump holds no
 * plaintext, a ciphertext moved to another case does not decrypt, a destroyed key shreds it);
 * need-to-know access; consent per purpose, withdrawal of one purpose, children.
 */
@SpringBootTest
class ProtectionCaseTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  @Autowired Consents consents;
  @Autowired CaseKeys keys;
  @Autowired Approvals approvals;
  @Autowired CasePlans plans;
  @Autowired Screenings screenings;
  @TempDir Path folder;
  TestAccounts accounts;
  Agency shelterNgo;
  TestUser supervisor;
  TestUser caseworker;
  long person;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    shelterNgo = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(shelterNgo, "supervisor");
    caseworker = accounts.user(shelterNgo, null, supervisor.id(), "caseworker");
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
  void theNarrativeIsReadByTheCaseworkerAndNowhereInTheDatabase() {
    String secret = "Recruited in Myawaddy by a broker " + UUID.randomUUID();
    UUID id = open(CaseType.TRAFFICKING, secret);

    assertThat(cases.read(id))
        .containsEntry("narrative", secret)
        .containsEntry("stage", "SCREENING");
    String dump =
        String.join(
            "\n",
            jdbc.sql("select t::text from cases.protection_case t where id = ?")
                .param(id)
                .query(String.class)
                .list());
    assertThat(dump).doesNotContain(secret.substring(0, 20)).doesNotContain("Myawaddy");
  }

  @Test
  void intakeWithoutThePrivacyNoticeInThePersonsLanguageIsRefused() {
    assertThatThrownBy(
            () ->
                cases.open(
                    new ProtectionCases.Opening(
                        person,
                        CaseType.TRAFFICKING,
                        false,
                        "Story",
                        " ",
                        "my",
                        LegalBasis.VITAL_INTEREST)))
        .hasMessage("cases.open.noticeRequired");
    UUID id = open(CaseType.VULNERABLE_MIGRANT, "Story");
    assertThat(cases.mine()).extracting(ProtectionCases.Summary::id).contains(id);
    assertThat(cases.history(id))
        .extracting(ProtectionCases.StageChange::to)
        .containsExactly("SCREENING");
  }

  @Test
  void aScreeningRecordsTheIndicatorsAndSuggestsAnOutcomeWhileTheCaseIsInScreening() {
    UUID id = open(CaseType.TRAFFICKING, "Recruited for a factory, sold to a boat");
    String notes = "Broker in Kawthaung " + UUID.randomUUID();

    Outcome outcome =
        screenings.record(
            id,
            LocalDate.now(),
            "Ranong port",
            Set.of(
                Indicator.ACT_RECRUITMENT_OR_TRANSPORT,
                Indicator.MEANS_FRAUD_OR_DECEPTION,
                Indicator.PURPOSE_EXPLOITATION,
                Indicator.DEBT_BONDAGE),
            notes);

    assertThat(outcome).isEqualTo(Outcome.LIKELY_TRAFFICKING_VICTIM);
    assertThat(screenings.of(id).orElseThrow().notes()).isEqualTo(notes);
    assertThat(
            jdbc.sql("select t::text from cases.screening t where case_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .doesNotContain("Kawthaung");
    assertThatThrownBy(
            () -> screenings.record(id, LocalDate.now().plusDays(1), "Ranong", Set.of(), null))
        .hasMessage("cases.screening.future");
    cases.advance(id, Stage.TEMPORARY_PROTECTION);
    assertThatThrownBy(() -> screenings.record(id, LocalDate.now(), "Ranong", Set.of(), null))
        .hasMessage("cases.screening.wrongStage");
  }

  @Test
  void aCiphertextCopiedToAnotherCaseDoesNotDecrypt() {
    UUID first = open(CaseType.TRAFFICKING, "First story");
    UUID second = open(CaseType.TRAFFICKING, "Second story");
    jdbc.sql(
            "update cases.protection_case set narrative ="
                + " (select narrative from cases.protection_case where id = ?) where id = ?")
        .params(first, second)
        .update();

    assertThatThrownBy(() -> cases.read(second)).isInstanceOf(TamperedFieldException.class);
  }

  @Test
  void destroyingTheCaseKeyShredsTheNarrative() {
    UUID id = open(CaseType.VULNERABLE_MIGRANT, "Stranded after the factory closed");

    keys.destroy(id);

    assertThat(keys.destroyed(id)).isTrue();
    assertThat(cases.read(id)).containsEntry("narrative", null).containsEntry("stage", "SCREENING");
  }

  @Test
  void stagesGoForwardWithTheFifteenDayClockAndTheTeamsDecision() {
    UUID id = open(CaseType.TRAFFICKING, "Fishing boat, passport held by the captain");

    assertThatThrownBy(() -> cases.advance(id, Stage.PROTECTION)).hasMessage("cases.stage.notNext");
    cases.advance(id, Stage.TEMPORARY_PROTECTION);
    Map<String, Object> sheltered = cases.read(id);
    assertThat(sheltered.get("protectionDeadline"))
        .isEqualTo(((LocalDate) sheltered.get("protectionStartedOn")).plusDays(15));
    cases.advance(id, Stage.IDENTIFICATION);
    assertThatThrownBy(() -> cases.advance(id, Stage.PROTECTION))
        .hasMessage("cases.identification.required");

    TestUser teamMember = accounts.user(shelterNgo, "mdt-member");
    cases.assign(id, teamMember.id());
    TestSignIn.actAs(teamMember);
    cases.identify(
        id,
        Identification.VICTIM,
        List.of(
            new TeamMember("Pol. Capt. Somchai", TeamRole.POLICE, "Tak provincial police"),
            new TeamMember("Khun Malee", TeamRole.SOCIAL_WORKER, "Tak social development office")),
        LocalDate.now());
    assertThatThrownBy(() -> cases.advance(id, Stage.PROTECTION))
        .as("a team member records the decision; the caseworker moves the case")
        .isInstanceOf(RuntimeException.class);

    TestSignIn.actAs(caseworker);
    cases.advance(id, Stage.PROTECTION);
    approvals.requestClosure(id, ClosureReason.SERVICES_COMPLETED);
    assertThat(cases.read(id)).as("closed only when approved").containsEntry("stage", "PROTECTION");
    TestSignIn.actAs(supervisor);
    approvals.decide(id, Approvals.Subject.CLOSURE, true);
    assertThat(cases.read(id)).containsEntry("stage", "CLOSED");
    TestSignIn.actAs(caseworker);
    cases.reopen(id);
    assertThat(cases.read(id))
        .containsEntry("stage", "PROTECTION")
        .containsEntry("identification", "VICTIM");
  }

  @Test
  void thePlanIsApprovedByASupervisorWhoDidNotSubmitIt() {
    UUID id = open(CaseType.TRAFFICKING, "Domestic worker, wages withheld");
    assertThatThrownBy(() -> approvals.submitPlan(id)).hasMessage("cases.plan.empty");
    plans.add(id, CasePlans.Kind.GOAL, "Safe housing and back wages", null, null);
    plans.add(
        id,
        CasePlans.Kind.ACTION,
        "File the wage claim with the labour court",
        "Lawyers Council",
        LocalDate.now().minusDays(1));
    assertThatThrownBy(
            () -> plans.delivered(id, Service.LEGAL_AID, "Lawyers Council", LocalDate.now()))
        .hasMessage("cases.legalBasis.missing");
    cases.setLegalBasis(
        id, ProcessingPurpose.SERVICES, LegalBasis.PUBLIC_TASK, "privacy-notice-2026-1");
    plans.delivered(id, Service.LEGAL_AID, "Lawyers Council", LocalDate.now());

    assertThat(plans.items(id))
        .filteredOn(CasePlans.Item::overdue)
        .extracting(CasePlans.Item::text)
        .containsExactly("File the wage claim with the labour court");
    assertThat(plans.deliveries(id))
        .extracting(CasePlans.Delivery::service)
        .containsExactly("LEGAL_AID");
    String dump =
        jdbc.sql("select string_agg(t::text, ' ') from cases.plan_item t where case_id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(dump).doesNotContain("wage claim");

    approvals.submitPlan(id);
    assertThatThrownBy(() -> approvals.decide(id, Approvals.Subject.PLAN, true))
        .as("a caseworker cannot approve")
        .isInstanceOf(RuntimeException.class);
    TestSignIn.actAs(supervisor);
    approvals.decide(id, Approvals.Subject.PLAN, true);
    approvals.submitPlan(id);
    assertThatThrownBy(() -> approvals.decide(id, Approvals.Subject.PLAN, true))
        .hasMessage("cases.approval.ownRequest");
    assertThat(approvals.of(id))
        .extracting(r -> r.pending() ? "pending" : r.decision())
        .containsExactly("pending", "APPROVED");
  }

  @Test
  void aHighlySensitiveCaseIsSeenByItsWorkersAndTheirSupervisorOnly() {
    UUID id = open(CaseType.TRAFFICKING, "Held in a karaoke bar");
    TestUser colleague = accounts.user(shelterNgo, "caseworker");

    TestSignIn.actAs(colleague);
    assertThatThrownBy(() -> cases.read(id)).isInstanceOf(RecordNotFoundException.class);
    TestSignIn.actAs(supervisor);
    assertThat(cases.read(id)).containsEntry("narrative", "Held in a karaoke bar");

    TestSignIn.actAs(caseworker);
    UUID ordinary = open(CaseType.VULNERABLE_MIGRANT, "Lost documents");
    TestSignIn.actAs(colleague);
    assertThat(cases.read(ordinary)).containsEntry("stage", "SCREENING");
  }

  @Test
  void withdrawingOneConsentBlocksThatPurposeOnly() {
    UUID id = open(CaseType.TRAFFICKING, "Debt bondage on a farm");
    consents.give(id, consent(Purpose.SERVICES, RecipientType.ANY, Giver.PERSON, null));
    UUID referral =
        consents.give(id, consent(Purpose.REFERRAL, RecipientType.NGO, Giver.PERSON, null));

    assertThat(consents.covers(id, Purpose.REFERRAL, RecipientType.NGO)).isTrue();
    assertThat(consents.covers(id, Purpose.REFERRAL, RecipientType.GOVERNMENT)).isFalse();
    consents.withdraw(id, referral);

    assertThat(consents.covers(id, Purpose.REFERRAL, RecipientType.NGO)).isFalse();
    assertThat(consents.covers(id, Purpose.SERVICES, RecipientType.NGO)).isTrue();
    assertThatThrownBy(() -> consents.withdraw(id, referral)).hasMessage("cases.consent.notActive");
  }

  @Test
  void aChildsConsentNeedsAGuardianWithTheChildsAssentOrABestInterestDecision() {
    UUID id = open(CaseType.CHILD_IN_DETENTION, "Fourteen, held at the immigration centre");

    assertThatThrownBy(
            () ->
                consents.give(id, consent(Purpose.REFERRAL, RecipientType.NGO, Giver.PERSON, true)))
        .hasMessage("cases.consent.childNeedsGuardian");
    assertThatThrownBy(
            () ->
                consents.give(
                    id, consent(Purpose.REFERRAL, RecipientType.NGO, Giver.GUARDIAN, null)))
        .hasMessage("cases.consent.childNeedsGuardian");
    consents.give(
        id, consent(Purpose.REFERRAL, RecipientType.NGO, Giver.BEST_INTEREST_DECISION, null));

    assertThat(consents.covers(id, Purpose.REFERRAL, RecipientType.NGO)).isTrue();
    assertThatThrownBy(
            () ->
                consents.give(
                    id,
                    new Consents.Given(
                        Purpose.PHOTO, RecipientType.ANY, Giver.GUARDIAN, true, "my", " ")))
        .hasMessage("cases.consent.noticeRequired");
  }

  private UUID open(CaseType type, String narrative) {
    return cases.open(
        new ProtectionCases.Opening(
            person,
            type,
            false,
            narrative,
            "privacy-notice-2026-1",
            "my",
            LegalBasis.VITAL_INTEREST));
  }

  private static Consents.Given consent(
      Purpose purpose, RecipientType recipient, Giver giver, Boolean assent) {
    return new Consents.Given(purpose, recipient, giver, assent, "my", "privacy-notice-my-2026-1");
  }
}
