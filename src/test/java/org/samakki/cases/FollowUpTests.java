package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.ClockControl;
import org.samakki.MutableClock;
import org.samakki.access.AgencyType;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.atd.DetentionAlternatives;
import org.samakki.cases.atd.PlacementType;
import org.samakki.cases.atd.Recommendation;
import org.samakki.cases.atd.VisitOutcome;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.Approvals;
import org.samakki.cases.nrm.CasePlans;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.supervision.Caseload;
import org.samakki.cases.tasks.FollowUpTasks;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Follow-up of protection cases: alternatives to detention for a child in immigration detention (no
 * placement before a best-interests assessment, none on other cases, findings, caregiver and visit
 * notes encrypted), follow-up tasks and visits flagged overdue as the clock moves, the tasks due on
 * the caseworker's home page, and the supervisor's caseload with the approvals waiting; every read
 * audited.
 */
@SpringBootTest
@Import(ClockControl.class)
class FollowUpTests {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired ProtectionCases cases;
  @Autowired DetentionAlternatives atd;
  @Autowired FollowUpTasks tasks;
  @Autowired Caseload caseload;
  @Autowired CasePlans plans;
  @Autowired Approvals approvals;
  @Autowired CaseKeys keys;
  @TempDir Path folder;
  MockMvc mvc;
  TestAccounts accounts;
  Agency ngo;
  TestUser supervisor;
  TestUser caseworker;
  long person;

  @BeforeEach
  void setUp() {
    clock.reset();
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    accounts = new TestAccounts(context);
    ngo = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(ngo, "supervisor");
    caseworker = accounts.user(ngo, null, supervisor.id(), "caseworker");
    Row worker = RegistryFixtures.worker();
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    person = registry.personId(worker.get("document_number"));
    TestSignIn.actAs(caseworker);
  }

  @AfterEach
  void tearDown() {
    clock.reset();
    TestSignIn.signOut();
  }

  @Test
  void aChildIsPlacedOnlyAfterABestInterestsAssessmentAndOnlyOnAChildInDetentionCase() {
    UUID trafficking = open(CaseType.TRAFFICKING);
    assertThatThrownBy(
            () ->
                atd.assess(
                    trafficking,
                    LocalDate.now(clock),
                    "Khun Malee",
                    "Tak social development office",
                    null,
                    Recommendation.RELEASE_TO_FAMILY))
        .hasMessage("cases.atd.notChildInDetention");
    assertThatThrownBy(() -> atd.place(trafficking, placement("63")))
        .hasMessage("cases.atd.notChildInDetention");
    assertThatThrownBy(() -> atd.of(trafficking)).hasMessage("cases.atd.notChildInDetention");

    UUID child = open(CaseType.CHILD_IN_DETENTION);
    assertThatThrownBy(() -> atd.place(child, placement("63")))
        .hasMessage("cases.atd.assessmentFirst");
    assertThatThrownBy(() -> atd.scheduleVisit(child, LocalDate.now(clock).plusDays(7)))
        .hasMessage("cases.atd.placementFirst");
    assertThat(count("cases.placement", child)).isZero();

    UUID assessment =
        atd.assess(
            child,
            LocalDate.now(clock),
            "Khun Malee",
            "Tak social development office",
            "Mother found in Mae Sot",
            Recommendation.RELEASE_TO_FAMILY);
    assertThatThrownBy(() -> atd.place(child, placement("99")))
        .hasMessage("cases.atd.placement.unknownArea");
    UUID placed = atd.place(child, placement("6305"));

    Map<String, Object> view = atd.of(child);
    assertThat((List<?>) view.get("placements"))
        .singleElement()
        .satisfies(
            p -> {
              DetentionAlternatives.Placement placement = (DetentionAlternatives.Placement) p;
              assertThat(placement.id()).isEqualTo(placed);
              assertThat(placement.assessmentId()).isEqualTo(assessment);
              assertThat(placement.areaCode()).isEqualTo("6305");
              assertThat(placement.type()).isEqualTo(PlacementType.FAMILY);
            });
  }

  @Test
  void findingsCaregiverAndVisitNotesAreEncryptedAndShreddedWithTheCaseKey() {
    UUID child = open(CaseType.CHILD_IN_DETENTION);
    String findings = "Father detained in Bangkok IDC " + UUID.randomUUID();
    String caregiver = "Daw Khin Aye, aunt " + UUID.randomUUID();
    String notes = "Goes to the Mae Sot learning centre " + UUID.randomUUID();
    atd.assess(
        child,
        LocalDate.now(clock),
        "Khun Malee",
        "Tak social development office",
        findings,
        Recommendation.FOSTER_OR_COMMUNITY_CARE);
    atd.place(
        child,
        new DetentionAlternatives.NewPlacement(
            PlacementType.COMMUNITY_CARE,
            "63",
            LocalDate.now(clock),
            null,
            caregiver,
            LocalDate.now(clock)));
    UUID visit = atd.scheduleVisit(child, LocalDate.now(clock));
    atd.visited(
        child, visit, LocalDate.now(clock), "Khun Malee", VisitOutcome.SAFE_AND_WELL, notes);

    Map<String, Object> view = atd.of(child);
    assertThat(((DetentionAlternatives.Assessment) first(view, "assessments")).findings())
        .isEqualTo(findings);
    assertThat(((DetentionAlternatives.Placement) first(view, "placements")).caregiver())
        .isEqualTo(caregiver);
    assertThat(((DetentionAlternatives.Visit) first(view, "visits")).notes()).isEqualTo(notes);
    String dump =
        dump("cases.best_interests_assessment", child)
            + dump("cases.placement", child)
            + dump("cases.follow_up_visit", child);
    assertThat(dump)
        .doesNotContain("Bangkok IDC")
        .doesNotContain("Khin Aye")
        .doesNotContain("learning centre")
        .doesNotContain(findings.substring(findings.length() - 36));

    keys.destroy(child);
    Map<String, Object> shredded = atd.of(child);
    assertThat(((DetentionAlternatives.Assessment) first(shredded, "assessments")).findings())
        .isNull();
    assertThat(((DetentionAlternatives.Placement) first(shredded, "placements")).caregiver())
        .isNull();
    assertThat(((DetentionAlternatives.Visit) first(shredded, "visits")).notes()).isNull();
  }

  @Test
  void visitsAndTasksBecomeOverdueWhenTheClockPassesTheirDueDate() {
    UUID child = childPlaced();
    LocalDate today = LocalDate.now(clock);
    atd.scheduleVisit(child, today.plusDays(3));
    String title = "Call the aunt about school " + UUID.randomUUID();
    tasks.add(child, title, today.plusDays(3), null);

    assertThat(visits(child))
        .extracting(DetentionAlternatives.Visit::overdue)
        .containsExactly(false);
    assertThat(tasks.of(child)).extracting(FollowUpTasks.Task::overdue).containsExactly(false);

    clock.advance(Duration.ofDays(4));

    assertThat(visits(child))
        .extracting(DetentionAlternatives.Visit::overdue)
        .containsExactly(true);
    assertThat(tasks.of(child))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.overdue()).isTrue();
              assertThat(t.title()).isEqualTo(title);
            });
    assertThat(tasks.dueToMe()).extracting(FollowUpTasks.Task::title).contains(title);
    TestSignIn.actAs(supervisor);
    Caseload.OpenCase row = openCase(caseload.ofMyAgency(), child);
    assertThat(row.overdueTasks()).isEqualTo(1);
    assertThat(row.overdueVisits()).isEqualTo(1);
    assertThat(row.anythingOverdue()).isTrue();
  }

  @Test
  void aTaskGoesOnlyToAnActiveColleagueOfTheCasesAgencyAndItsTitleIsEncrypted() throws Exception {
    UUID id = open(CaseType.VULNERABLE_MIGRANT);
    TestUser outsider = accounts.user(accounts.agency(AgencyType.NGO), "caseworker");
    TestUser colleague = accounts.user(ngo, "caseworker");
    String title = "Accompany to Mae Sot hospital " + UUID.randomUUID();

    assertThatThrownBy(() -> tasks.add(id, title, LocalDate.now(clock), outsider.id()))
        .hasMessage("cases.task.assigneeNotInAgency");
    assertThatThrownBy(() -> tasks.add(id, " ", LocalDate.now(clock), colleague.id()))
        .hasMessage("cases.task.incomplete");
    UUID task = tasks.add(id, title, LocalDate.now(clock), colleague.id());

    assertThat(dump("cases.task", id)).doesNotContain("Mae Sot hospital");
    assertThat(tasks.assignable(id)).extracting(m -> m.id()).contains(colleague.id());
    assertThat(tasks.assignable(id)).extracting(m -> m.id()).doesNotContain(outsider.id());
    assertThat(page("/cases/" + id + "/tasks", caseworker))
        .contains(title)
        .contains(colleague.account().displayName())
        .contains("/cases/" + id + "/tasks/" + task + "/done");
    TestSignIn.actAs(caseworker);
    tasks.done(id, task);
    assertThatThrownBy(() -> tasks.done(id, task)).hasMessage("cases.task.notOpen");
    TestSignIn.actAs(outsider);
    assertThatThrownBy(() -> tasks.of(id)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void theHomePageListsMyTasksDueOverdueFirstAndNotThoseFarAhead() throws Exception {
    UUID id = open(CaseType.VULNERABLE_MIGRANT);
    LocalDate today = LocalDate.now(clock);
    String overdue = "Overdue call " + UUID.randomUUID();
    String soon = "Visit soon " + UUID.randomUUID();
    String later = "Visit next month " + UUID.randomUUID();
    tasks.add(id, soon, today.plusDays(2), null);
    tasks.add(id, later, today.plusDays(30), null);
    // a past due date: moving the clock would end the sign-in session of the page request
    tasks.add(id, overdue, today.minusDays(1), null);

    String page = page("/cases", caseworker);

    assertThat(page).contains(overdue).contains(soon).doesNotContain(later);
    assertThat(page.indexOf(overdue)).isLessThan(page.indexOf(soon));
    assertThat(page).contains("status status-IRREGULAR");
    assertThat(page).doesNotContain("/cases/caseload");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where action = 'LIST' and actor_id = ?"
                        + " and 'tasks' = any(fields) and ? = any(record_ids)")
                .params(caseworker.id(), id.toString())
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void theSupervisorSeesTheAgencysCaseloadAndPendingApprovalsWhichACaseworkerCannotOpen()
      throws Exception {
    UUID id = open(CaseType.VULNERABLE_MIGRANT);
    plans.add(id, CasePlans.Kind.ACTION, "Find a shelter place", "Shelter NGO", null);
    approvals.submitPlan(id);
    String ref = (String) cases.read(id).get("caseRef");
    TestUser otherWorker = accounts.user(ngo, "caseworker");
    TestSignIn.actAs(otherWorker);
    UUID hidden = open(CaseType.TRAFFICKING);
    String hiddenRef = (String) cases.read(hidden).get("caseRef");

    MockHttpServletResponse denied = response("/cases/caseload", caseworker);
    assertThat(denied.getStatus()).isEqualTo(403);

    String page = page("/cases/caseload", supervisor);
    assertThat(page)
        .contains(ref)
        .contains(caseworker.account().displayName())
        .contains("/cases/" + id)
        .as("a highly sensitive case of a worker this supervisor does not supervise")
        .doesNotContain(hiddenRef);
    TestSignIn.actAs(supervisor);
    Caseload.View view = caseload.ofMyAgency();
    assertThat(view.approvals())
        .filteredOn(a -> a.caseId().equals(id))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.subject()).isEqualTo("PLAN");
              assertThat(a.ownRequest()).isFalse();
              assertThat(a.requestedBy()).isEqualTo(caseworker.account().displayName());
            });
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where action = 'CASELOAD' and actor_id = ?"
                        + " and ? = any(record_ids)")
                .params(supervisor.id(), id.toString())
                .query(Integer.class)
                .single())
        .isPositive();
    TestSignIn.actAs(caseworker);
    assertThatThrownBy(() -> caseload.ofMyAgency()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theAlternativesToDetentionAreReadOnlyByThoseWhoNeedToKnowAndEveryReadIsAudited()
      throws Exception {
    UUID child = childPlaced();
    TestUser teamMember = accounts.user(ngo, "mdt-member");
    cases.assign(child, teamMember.id());

    String page = page("/cases/" + child + "/atd", caseworker);
    assertThat(page).contains("6305");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where action = 'VIEW' and actor_id = ?"
                        + " and ? = any(record_ids) and 'assessments' = any(fields)")
                .params(caseworker.id(), child.toString())
                .query(Integer.class)
                .single())
        .isPositive();
    assertThat(response("/cases/" + child + "/atd", teamMember).getStatus()).isEqualTo(403);
    TestSignIn.actAs(teamMember);
    assertThatThrownBy(() -> atd.of(child)).isInstanceOf(AccessDeniedException.class);
    TestUser stranger = accounts.user(ngo, "caseworker");
    TestSignIn.actAs(stranger);
    assertThatThrownBy(() -> atd.of(child)).isInstanceOf(RecordNotFoundException.class);
    assertThat(response("/cases/" + child + "/atd", stranger).getStatus()).isEqualTo(404);
  }

  private UUID childPlaced() {
    UUID child = open(CaseType.CHILD_IN_DETENTION);
    atd.assess(
        child,
        LocalDate.now(clock),
        "Khun Malee",
        "Tak social development office",
        "Mother found",
        Recommendation.RELEASE_TO_FAMILY);
    atd.place(child, placement("6305"));
    return child;
  }

  private DetentionAlternatives.NewPlacement placement(String area) {
    return new DetentionAlternatives.NewPlacement(
        PlacementType.FAMILY,
        area,
        LocalDate.now(clock),
        null,
        "Mother " + UUID.randomUUID(),
        LocalDate.now(clock));
  }

  private List<DetentionAlternatives.Visit> visits(UUID child) {
    @SuppressWarnings("unchecked")
    List<DetentionAlternatives.Visit> visits =
        (List<DetentionAlternatives.Visit>) atd.of(child).get("visits");
    return visits;
  }

  private static Object first(Map<String, Object> view, String field) {
    return ((List<?>) view.get(field)).get(0);
  }

  private static Caseload.OpenCase openCase(Caseload.View view, UUID id) {
    return view.workers().stream()
        .flatMap(w -> w.cases().stream())
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow();
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

  private int count(String table, UUID caseId) {
    return jdbc.sql("select count(*) from " + table + " where case_id = ?")
        .param(caseId)
        .query(Integer.class)
        .single();
  }

  private String dump(String table, UUID caseId) {
    return String.join(
        "\n",
        jdbc.sql("select t::text from " + table + " t where case_id = ?")
            .param(caseId)
            .query(String.class)
            .list());
  }

  private MockHttpServletResponse response(String path, TestUser user) throws Exception {
    return mvc.perform(get(path).with(authentication(TestSignIn.as(user))))
        .andReturn()
        .getResponse();
  }

  private String page(String path, TestUser user) throws Exception {
    MockHttpServletResponse response = response(path, user);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }
}
