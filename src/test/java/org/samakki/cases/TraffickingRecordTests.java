package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.FieldsNotWritableException;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.htcds.AtRisk;
import org.samakki.cases.htcds.EventKind;
import org.samakki.cases.htcds.RiskLevel;
import org.samakki.cases.htcds.TraffickingRecords;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.Identification;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.nrm.Stage;
import org.samakki.cases.nrm.TeamMember;
import org.samakki.cases.nrm.TeamRole;
import org.samakki.registry.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case's contents as HTCDS records them: saved, read back decrypted by the caseworker, absent as
 * plaintext from the database, refused with a clear reason when invalid, hidden outside
 * need-to-know, shredded with the case key; and the identification by a team of two agencies.
 */
@SpringBootTest
class TraffickingRecordTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  @Autowired TraffickingRecords records;
  @Autowired CaseKeys keys;
  @TempDir Path folder;
  TestAccounts accounts;
  Agency ngo;
  TestUser supervisor;
  TestUser caseworker;
  long person;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    ngo = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(ngo, "supervisor");
    caseworker = accounts.user(ngo, null, supervisor.id(), "caseworker");
    person = new RegistryFixtures(context).onePerson(accounts.agency(AgencyType.GOVERNMENT).id());
    TestSignIn.actAs(caseworker);
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void theContentsAreReadBackDecryptedAndAreNowhereInTheDatabaseAsPlaintext() {
    UUID id = open(CaseType.TRAFFICKING);
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String details = "Recruited by a broker called Ko Zaw in Myawaddy " + marker;
    String eventNotes = "Kept on the boat Sea Star " + marker;
    String riskNotes = "The broker knows the family's village " + marker;

    Map<String, Object> changes = new HashMap<>();
    changes.put("recruiterType", "BROKER_OR_AGENT");
    changes.put("recruitedOn", LocalDate.now().minusYears(2).toString());
    changes.put("recruitmentCountry", "MMR");
    changes.put("recruitmentFee", "15000");
    changes.put("debtOwed", 42000.5);
    changes.put("recruitmentDetails", details);
    changes.put("meansOfControl", List.of("DEBT_BONDAGE", "WITHHELD_DOCUMENTS"));
    changes.put("exploitationTypes", List.of("FORCED_LABOUR"));
    changes.put("industries", List.of("FISHING"));
    records.update(id, changes);
    records.addEvent(
        id,
        new TraffickingRecords.NewEvent(
            EventKind.EXPLOITATION,
            "85",
            null,
            LocalDate.now().minusYears(2),
            LocalDate.now().minusMonths(1),
            eventNotes));
    records.addEvent(
        id,
        new TraffickingRecords.NewEvent(
            EventKind.RECRUITMENT, null, "mmr", LocalDate.now().minusYears(2), null, null));
    records.addRiskAssessment(
        id,
        new TraffickingRecords.NewRiskAssessment(
            LocalDate.now(),
            "Khun Malee, social worker",
            RiskLevel.HIGH,
            Set.of(AtRisk.PERSON, AtRisk.FAMILY),
            riskNotes));

    Map<String, Object> record = records.read(id);
    assertThat(record)
        .containsEntry("recruiterType", "BROKER_OR_AGENT")
        .containsEntry("recruitmentCountry", "MMR")
        .containsEntry("recruitmentDetails", details)
        .containsEntry("meansOfControl", List.of("DEBT_BONDAGE", "WITHHELD_DOCUMENTS"))
        .containsEntry("exploitationTypes", List.of("FORCED_LABOUR"))
        .containsEntry("industries", List.of("FISHING"));
    assertThat((BigDecimal) record.get("recruitmentFee")).isEqualByComparingTo("15000");
    assertThat((BigDecimal) record.get("debtOwed")).isEqualByComparingTo("42000.50");
    @SuppressWarnings("unchecked")
    List<TraffickingRecords.Event> events = (List<TraffickingRecords.Event>) record.get("events");
    assertThat(events)
        .extracting(TraffickingRecords.Event::kind)
        .containsExactlyInAnyOrder(EventKind.EXPLOITATION, EventKind.RECRUITMENT);
    assertThat(events).extracting(TraffickingRecords.Event::notes).contains(eventNotes);
    assertThat(events).extracting(TraffickingRecords.Event::country).contains("MMR");
    @SuppressWarnings("unchecked")
    List<TraffickingRecords.RiskAssessment> risks =
        (List<TraffickingRecords.RiskAssessment>) record.get("riskAssessments");
    assertThat(risks)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.level()).isEqualTo(RiskLevel.HIGH);
              assertThat(r.notes()).isEqualTo(riskNotes);
            });

    String dump =
        String.join(
            "\n",
            jdbc.sql(
                    "select t::text from cases.trafficking_record t where case_id = ?"
                        + " union all select t::text from cases.trafficking_event t where case_id = ?"
                        + " union all select t::text from cases.risk_assessment t where case_id = ?")
                .params(id, id, id)
                .query(String.class)
                .list());
    assertThat(dump).contains("BROKER_OR_AGENT").doesNotContain(marker).doesNotContain("Ko Zaw");
    assertThat(dump).doesNotContain("Sea Star").doesNotContain("village");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where resource_type = 'trafficking-record'"
                        + " and ? = any(record_ids)")
                .param(id.toString())
                .query(Long.class)
                .single())
        .as("every read and change is audited")
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void invalidContentsAreRefusedWithAClearReason() {
    UUID id = open(CaseType.TRAFFICKING);

    assertThatThrownBy(() -> records.update(id, Map.of("recruiterType", "NEIGHBOUR")))
        .hasMessage("cases.htcds.unknownCode");
    assertThatThrownBy(() -> records.update(id, Map.of("meansOfControl", List.of("MAGIC"))))
        .hasMessage("cases.htcds.unknownCode");
    assertThatThrownBy(
            () -> records.update(id, Map.of("recruitedOn", LocalDate.now().plusDays(3).toString())))
        .hasMessage("cases.htcds.dateInvalid");
    assertThatThrownBy(() -> records.update(id, Map.of("recruitmentArea", "99")))
        .hasMessage("cases.htcds.areaUnknown");
    assertThatThrownBy(() -> records.update(id, Map.of("recruitmentCountry", "XYZ")))
        .hasMessage("cases.htcds.countryUnknown");
    assertThatThrownBy(() -> records.update(id, Map.of("recruitmentFee", "-5")))
        .hasMessage("cases.htcds.amountInvalid");
    assertThatThrownBy(
            () -> records.update(id, Map.of("recruitmentArea", "63", "recruitmentCountry", "KHM")))
        .hasMessage("cases.htcds.placeEither");
    assertThatThrownBy(() -> records.update(id, Map.of("victimStatus", "VICTIM")))
        .as("the decision is the team's, recorded at identification")
        .isInstanceOf(FieldsNotWritableException.class);
    assertThatThrownBy(
            () ->
                records.addEvent(
                    id,
                    new TraffickingRecords.NewEvent(
                        EventKind.TRANSIT, "63", "MMR", LocalDate.now().minusDays(10), null, null)))
        .hasMessage("cases.htcds.placeEither");
    assertThatThrownBy(
            () ->
                records.addEvent(
                    id,
                    new TraffickingRecords.NewEvent(
                        EventKind.TRANSIT,
                        "6306",
                        null,
                        LocalDate.now().minusDays(10),
                        LocalDate.now().minusDays(20),
                        null)))
        .hasMessage("cases.htcds.datesOrder");
    assertThatThrownBy(
            () ->
                records.addRiskAssessment(
                    id,
                    new TraffickingRecords.NewRiskAssessment(
                        LocalDate.now(), "Khun Malee", RiskLevel.LOW, Set.of(), null)))
        .hasMessage("cases.htcds.riskIncomplete");

    assertThat(records.read(id))
        .as("nothing was saved")
        .containsEntry("recruiterType", null)
        .containsEntry("events", List.of());
  }

  @Test
  void outsideNeedToKnowTheRecordIsMissingAndTheSupervisorOnlyReads() {
    UUID id = open(CaseType.TRAFFICKING);
    records.update(id, Map.of("recruitmentDetails", "Sold to a karaoke bar in Sungai Kolok"));
    TestUser colleague = accounts.user(ngo, "caseworker");
    TestUser otherAgency = accounts.user(accounts.agency(AgencyType.NGO), "caseworker");
    TestUser analyst = accounts.user(ngo, "analyst");

    TestSignIn.actAs(colleague);
    assertThatThrownBy(() -> records.read(id)).isInstanceOf(RecordNotFoundException.class);
    TestSignIn.actAs(otherAgency);
    assertThatThrownBy(() -> records.read(id)).isInstanceOf(RecordNotFoundException.class);
    TestSignIn.actAs(analyst);
    assertThatThrownBy(() -> records.read(id)).isInstanceOf(AccessDeniedException.class);
    TestSignIn.actAs(supervisor);
    assertThat(records.read(id))
        .containsEntry("recruitmentDetails", "Sold to a karaoke bar in Sungai Kolok");
    assertThatThrownBy(() -> records.update(id, Map.of("industries", List.of("ENTERTAINMENT"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void destroyingTheCaseKeyShredsTheFreeTextButKeepsTheCodes() {
    UUID id = open(CaseType.VULNERABLE_MIGRANT);
    records.update(
        id,
        Map.of(
            "recruitmentDetails",
            "Promised a factory job by an aunt",
            "exploitationTypes",
            List.of("FORCED_LABOUR")));

    keys.destroy(id);

    assertThat(records.read(id))
        .containsEntry("recruitmentDetails", null)
        .containsEntry("exploitationTypes", List.of("FORCED_LABOUR"));
  }

  @Test
  void theTeamNeedsTwoMembersFromTwoAgenciesAndIsKeptMemberByMember() {
    UUID id = open(CaseType.TRAFFICKING);
    cases.advance(id, Stage.TEMPORARY_PROTECTION);
    cases.advance(id, Stage.IDENTIFICATION);
    TestUser teamMember = accounts.user(ngo, "mdt-member");
    cases.assign(id, teamMember.id());
    TestSignIn.actAs(teamMember);
    TeamMember police = new TeamMember("Pol. Lt. Somchai", TeamRole.POLICE, "Ranong police");
    TeamMember socialWorker =
        new TeamMember("Khun Malee", TeamRole.SOCIAL_WORKER, "Ranong social development office");

    assertThatThrownBy(
            () -> cases.identify(id, Identification.VICTIM, List.of(police), LocalDate.now()))
        .hasMessage("cases.identification.twoAgencies");
    assertThatThrownBy(
            () ->
                cases.identify(
                    id,
                    Identification.VICTIM,
                    List.of(
                        police,
                        new TeamMember("Pol. Sgt. Anan", TeamRole.POLICE, "ranong police ")),
                    LocalDate.now()))
        .as("two members of one agency")
        .hasMessage("cases.identification.twoAgencies");
    assertThatThrownBy(
            () ->
                cases.identify(
                    id,
                    Identification.VICTIM,
                    List.of(police, new TeamMember(" ", TeamRole.PSYCHOLOGIST, "IOM")),
                    LocalDate.now()))
        .hasMessage("cases.identification.memberIncomplete");
    assertThat(cases.read(id)).containsEntry("identification", null);

    cases.identify(id, Identification.VICTIM, List.of(police, socialWorker), LocalDate.now());

    assertThat(cases.read(id))
        .containsEntry("identification", "VICTIM")
        .containsEntry("identifiedBy", "Ranong police; Ranong social development office");
    ProtectionCases.Team team = cases.team(id).orElseThrow();
    assertThat(team.members()).containsExactly(police, socialWorker);
    assertThat(team.recordedBy()).isEqualTo(teamMember.id());
    assertThat(team.recordedAt()).isNotNull();
    TestSignIn.actAs(caseworker);
    assertThat(records.read(id))
        .containsEntry("victimStatus", "VICTIM")
        .containsEntry("decidingOrganisations", "Ranong police; Ranong social development office");
  }

  private UUID open(CaseType type) {
    return cases.open(
        new ProtectionCases.Opening(
            person,
            type,
            false,
            "Story",
            "privacy-notice-2026-1",
            "my",
            LegalBasis.VITAL_INTEREST));
  }
}
