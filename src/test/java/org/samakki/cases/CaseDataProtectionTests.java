package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.BreakGlass;
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
import org.samakki.cases.nrm.CasePlans;
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

/**
 * How a case's data may be processed: a legal basis per purpose (DP-01), restriction at the
 * person's request (DP-13), break-the-glass on a case (DP-05) and the encrypted health and
 * immigration-status fields (DP-18).
 */
@SpringBootTest
class CaseDataProtectionTests {

  static final String NOTICE = "privacy-notice-2026-1";

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  @Autowired Consents consents;
  @Autowired CasePlans plans;
  @Autowired CaseReferrals caseReferrals;
  @Autowired Referrals referrals;
  @Autowired CaseKeys keys;
  @Autowired BreakGlass breakGlass;
  @TempDir Path folder;
  TestAccounts accounts;
  Agency outreach;
  TestUser supervisor;
  TestUser caseworker;
  TestUser colleague;
  TestUser shelterWorker;
  UUID shelter;
  long person;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    outreach = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(outreach, "supervisor");
    caseworker = accounts.user(outreach, null, supervisor.id(), "caseworker");
    colleague = accounts.user(outreach, "caseworker");
    Agency shelterNgo = accounts.agency(AgencyType.NGO);
    shelterWorker = accounts.user(shelterNgo, "caseworker");
    TestSignIn.actAs(
        accounts.user(accounts.agency(AgencyType.GOVERNMENT), "platform-administrator"));
    shelter =
        referrals.addProvider(
            shelterNgo.id(),
            "Chiang Rai shelter " + UUID.randomUUID(),
            List.of(Service.SHELTER),
            List.of("57"),
            List.of("my"),
            null);
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
  void aCaseIsOpenedOnlyWithALegalBasisAndEachPurposeNeedsItsOwn() {
    assertThatThrownBy(() -> open(CaseType.VULNERABLE_MIGRANT, null))
        .hasMessage("cases.legalBasis.required");
    UUID id = open(CaseType.VULNERABLE_MIGRANT, LegalBasis.VITAL_INTEREST);
    assertThat(cases.legalBases(id))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.purpose()).isEqualTo("CASE_MANAGEMENT");
              assertThat(b.basis()).isEqualTo("VITAL_INTEREST");
              assertThat(b.noticeVersion()).isEqualTo(NOTICE);
              assertThat(b.setBy()).isEqualTo(caseworker.id());
            });

    // services rest on the person's consent: none yet, then given, then withdrawn
    assertThatThrownBy(() -> delivered(id)).hasMessage("cases.legalBasis.missing");
    UUID consent =
        consents.give(
            id,
            new Consents.Given(
                Purpose.SERVICES, RecipientType.ANY, Giver.PERSON, null, "my", NOTICE));
    delivered(id);
    assertThat(cases.legalBases(id))
        .extracting(LegalBases -> LegalBases.purpose() + "=" + LegalBases.basis())
        .containsExactly("CASE_MANAGEMENT=VITAL_INTEREST", "SERVICES=CONSENT");
    consents.withdraw(id, consent);
    assertThatThrownBy(() -> delivered(id)).hasMessage("cases.legalBasis.consentWithdrawn");

    // a public task (the shelter's mandate under the anti-trafficking act) is another basis
    cases.setLegalBasis(id, ProcessingPurpose.SERVICES, LegalBasis.PUBLIC_TASK, NOTICE);
    delivered(id);
    assertThat(plans.deliveries(id)).hasSize(2);
    assertThat(
            jdbc.sql("select count(*) from cases.legal_basis where case_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .as("every basis set stays in the history")
        .isEqualTo(3);
  }

  @Test
  void aRestrictedCaseIsSeenByItsCustodiansOnlyAndNeitherChangedNorShared() {
    UUID id = open(CaseType.VULNERABLE_MIGRANT, LegalBasis.VITAL_INTEREST);
    consents.give(
        id,
        new Consents.Given(Purpose.REFERRAL, RecipientType.NGO, Giver.PERSON, null, "my", NOTICE));
    UUID referral =
        caseReferrals.refer(
            id,
            new CaseReferrals.Request(shelter, Service.SHELTER, Set.of("summary"), false, null));
    UUID transfer =
        caseReferrals.refer(
            id, new CaseReferrals.Request(shelter, Service.SHELTER, Set.of("summary"), true, null));
    TestSignIn.actAs(colleague);
    assertThat(cases.read(id)).containsEntry("restricted", false);

    assertThatThrownBy(() -> cases.restrict(id, "She asked us to stop"))
        .as("a caseworker cannot restrict")
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    TestSignIn.actAs(supervisor);
    assertThatThrownBy(() -> cases.restrict(id, " "))
        .hasMessage("cases.restriction.reasonRequired");
    cases.restrict(id, "She contests the accuracy of the narrative");

    TestSignIn.actAs(colleague);
    assertThatThrownBy(() -> cases.read(id)).isInstanceOf(RecordNotFoundException.class);
    assertThat(cases.mine()).extracting(ProtectionCases.Summary::id).doesNotContain(id);
    TestSignIn.actAs(shelterWorker);
    assertThatThrownBy(() -> caseReferrals.shared(referral))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> referrals.accept(transfer))
        .as("a restricted case changes hands with no one")
        .hasMessage("cases.restricted");
    assertThat(
            jdbc.sql("select t::text from cases.protection_case t where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .as("the person's reason is sealed")
        .doesNotContain("accuracy");

    TestSignIn.actAs(caseworker);
    assertThat(cases.read(id)).containsEntry("restricted", true);
    assertThatThrownBy(() -> cases.update(id, Map.of("narrative", "More")))
        .hasMessage("cases.restricted");
    assertThatThrownBy(
            () ->
                caseReferrals.refer(
                    id,
                    new CaseReferrals.Request(
                        shelter, Service.SHELTER, Set.of("summary"), false, null)))
        .hasMessage("cases.restricted");
    assertThatThrownBy(
            () ->
                consents.give(
                    id,
                    new Consents.Given(
                        Purpose.PHOTO, RecipientType.ANY, Giver.PERSON, null, "my", NOTICE)))
        .hasMessage("cases.restricted");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where action = 'RESTRICT'"
                        + " and ? = any(record_ids) and coalesce(reason, '') not like '%accuracy%'")
                .param(id.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    TestSignIn.actAs(supervisor);
    cases.lift(id);
    TestSignIn.actAs(colleague);
    assertThat(cases.read(id)).containsEntry("restricted", false);
    TestSignIn.actAs(shelterWorker);
    assertThat(caseReferrals.shared(referral)).containsEntry("caseType", "VULNERABLE_MIGRANT");
  }

  @Test
  void onlyAnActiveColleagueOfTheHoldingAgencyOrATeamMemberIsAssigned() {
    UUID id = open(CaseType.TRAFFICKING, LegalBasis.VITAL_INTEREST);
    assertThat(cases.assignable(id)).extracting(m -> m.id()).contains(colleague.id());
    assertThatThrownBy(() -> cases.assign(id, shelterWorker.id()))
        .hasMessage("cases.assign.notColleague");
    assertThatThrownBy(() -> cases.assign(id, UUID.randomUUID()))
        .hasMessage("cases.assign.notColleague");
    TestUser police = accounts.user(accounts.agency(AgencyType.GOVERNMENT), "mdt-member");
    assertThat(cases.assignable(id)).extracting(m -> m.id()).contains(police.id());
    cases.assign(id, police.id());
    TestSignIn.actAs(police);
    assertThat(cases.read(id)).containsEntry("caseType", "TRAFFICKING");
    TestSignIn.actAs(caseworker);

    cases.assign(id, colleague.id());
    assertThat(cases.assignees(id))
        .extracting(m -> m.id())
        .containsExactlyInAnyOrder(caseworker.id(), colleague.id(), police.id());
    TestSignIn.actAs(colleague);
    assertThat(cases.read(id)).containsEntry("caseType", "TRAFFICKING");
  }

  @Test
  void breakingTheGlassOpensAnotherAgencysCaseWithAReasonUntilItExpires() {
    UUID id = open(CaseType.TRAFFICKING, LegalBasis.VITAL_INTEREST);
    TestUser elsewhere = accounts.user(accounts.agency(AgencyType.GOVERNMENT), "supervisor");
    TestSignIn.actAs(elsewhere);
    assertThatThrownBy(() -> cases.read(id)).isInstanceOf(RecordNotFoundException.class);

    String reason = "Police report she is missing from the shelter since this morning";
    breakGlass.open(cases.facts(id), reason);
    assertThat(cases.read(id)).containsEntry("caseType", "TRAFFICKING");
    assertThat(
            jdbc.sql(
                    "select reason from audit.entry where action = 'BREAK_THE_GLASS'"
                        + " and ? = any(record_ids)")
                .param(id.toString())
                .query(String.class)
                .single())
        .isEqualTo(reason);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where action = 'VIEW' and actor_id = ?"
                        + " and ? = any(record_ids)")
                .params(elsewhere.id(), id.toString())
                .query(Integer.class)
                .single())
        .as("the read under break-the-glass is audited as any other")
        .isEqualTo(1);

    jdbc.sql(
            "update access.break_glass_grant set granted_at = now() - interval '5 hours',"
                + " expires_at = now() - interval '1 hour' where user_id = ? and record_id = ?")
        .params(elsewhere.id(), id.toString())
        .update();
    assertThatThrownBy(() -> cases.read(id)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void healthAndImmigrationStatusAreReadByTheCaseworkerAndNowhereInTheDatabase() {
    UUID id = open(CaseType.TRAFFICKING, LegalBasis.VITAL_INTEREST);
    String health = "Untreated hepatitis B " + UUID.randomUUID();
    String immigration = "Overstayed since March, passport held by the broker " + UUID.randomUUID();
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("health", health);
    changes.put("immigrationStatus", immigration);

    assertThat(cases.update(id, changes))
        .containsEntry("health", health)
        .containsEntry("immigrationStatus", immigration);
    String dump =
        jdbc.sql("select t::text from cases.protection_case t where id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(dump).doesNotContain("hepatitis").doesNotContain("broker");
    assertThat(
            jdbc.sql(
                    "select string_agg(fields::text || coalesce(reason, ''), ' ') from audit.entry"
                        + " where ? = any(record_ids)")
                .param(id.toString())
                .query(String.class)
                .single())
        .as("the audit names the fields, never their values")
        .contains("health")
        .doesNotContain("hepatitis");

    keys.destroy(id);
    assertThat(cases.read(id)).containsEntry("health", null).containsEntry("narrative", null);
  }

  private UUID open(CaseType type, LegalBasis basis) {
    return cases.open(
        new ProtectionCases.Opening(person, type, false, "Story", NOTICE, "my", basis));
  }

  private void delivered(UUID id) {
    plans.delivered(id, Service.SHELTER, "Chiang Rai shelter", LocalDate.now());
  }
}
