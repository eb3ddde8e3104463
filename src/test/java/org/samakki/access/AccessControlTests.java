package org.samakki.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.ClockControl;
import org.samakki.MutableClock;
import org.samakki.WebClient;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.SecondFactor;
import org.samakki.access.signin.TestSignIn;
import org.samakki.audit.AuditEntry;
import org.samakki.audit.AuditQuery;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Need-to-know in practice (DP-03, DP-05, DP-07, DP-15): other agencies' records do not exist for a
 * user, emergency access is reasoned, told and temporary, every read is audited or fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockControl.class)
class AccessControlTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MutableClock clock;
  @Autowired SecondFactor codes;
  @Autowired AccessControl access;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  TestAccounts fixtures;

  @BeforeEach
  void setUp() {
    clock.reset();
    fixtures = new TestAccounts(context);
  }

  @AfterEach
  void tearDown() {
    clock.reset();
    TestSignIn.signOut();
  }

  @Test
  void anotherAgencysRecordAnswersNotFoundLikeARecordThatDoesNotExist() {
    TestUser admin = fixtures.user(fixtures.agency(AgencyType.NGO), "administrator");
    TestUser elsewhere = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    TestUser colleague = fixtures.user(admin.agency(), "caseworker");
    WebClient browser = signedIn(admin);
    assertThat(browser.getJson("/api/access/users/" + colleague.id()).statusCode()).isEqualTo(200);
    HttpResponse<String> other = browser.getJson("/api/access/users/" + elsewhere.id());
    HttpResponse<String> none = browser.getJson("/api/access/users/" + UUID.randomUUID());
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain(elsewhere.username());
    assertThat(browser.get("/admin/users/" + elsewhere.id()).statusCode()).isEqualTo(404);
    assertThat(browser.getJson("/api/access/users").body())
        .contains(colleague.username())
        .doesNotContain(elsewhere.username());
  }

  @Test
  void breakingTheGlassGivesReasonedToldAndTemporaryAccess() {
    Agency home = fixtures.agency(AgencyType.NGO);
    TestUser supervisor = fixtures.user(home, "supervisor");
    Agency other = fixtures.agency(AgencyType.NGO);
    TestUser target = fixtures.user(other, "caseworker");
    TestUser otherDpo = fixtures.user(other, "data-protection-officer");
    WebClient browser = signedIn(supervisor);
    String path = "/api/access/users/" + target.id();
    assertThat(browser.getJson(path).statusCode()).isEqualTo(404);

    HttpResponse<String> noReason =
        browser.submit(
            "/break-glass",
            "/break-glass",
            Map.of("resource", "user", "record", target.id().toString(), "reason", "urgent"));
    assertThat(noReason.statusCode()).isEqualTo(422);
    String reason =
        "The worker reports her employer holds her passport; she is at the police station now.";
    HttpResponse<String> granted =
        browser.submit(
            "/break-glass",
            "/break-glass",
            Map.of("resource", "user", "record", target.id().toString(), "reason", reason));
    assertThat(granted.statusCode()).isEqualTo(302);
    assertThat(browser.getJson(path).statusCode()).isEqualTo(200);

    List<AuditEntry> entries =
        audit.find(
            new AuditQuery(
                supervisor.id(),
                null,
                null,
                "user",
                target.id().toString(),
                "BREAK_THE_GLASS",
                null,
                null,
                null,
                5));
    assertThat(entries).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(notifications(target.id())).isEqualTo(1);
    assertThat(notifications(otherDpo.id())).isEqualTo(1);

    clock.advance(Duration.ofHours(4).plusMinutes(1));
    WebClient later = signedIn(supervisor);
    assertThat(later.getJson(path).statusCode()).isEqualTo(404);
  }

  @Test
  void aRoleWithoutBreakTheGlassCannotUseIt() {
    TestUser admin = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    TestUser target = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    HttpResponse<String> refused =
        signedIn(admin)
            .submit(
                "/break-glass",
                "/break-glass",
                Map.of(
                    "resource",
                    "user",
                    "record",
                    target.id().toString(),
                    "reason",
                    "I would like to see this record please."));
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aHighlySensitiveRecordIsOnlyForItsWorkersAndTheirSupervisors() {
    Agency agency = fixtures.agency(AgencyType.NGO);
    TestUser supervisor = fixtures.user(agency, "supervisor");
    TestUser assigned = fixtures.user(agency, null, supervisor.id(), "administrator");
    TestUser colleague = fixtures.user(agency, "administrator");
    RecordFacts sensitive =
        new RecordFacts(
            "user",
            UUID.randomUUID().toString(),
            agency.id(),
            null,
            null,
            Set.of(assigned.id()),
            true);
    RecordFacts ordinary =
        new RecordFacts(
            "user", sensitive.recordId(), agency.id(), null, null, Set.of(assigned.id()), false);
    TestSignIn.actAs(colleague);
    assertThat(access.mayAccess("read", ordinary)).isTrue();
    assertThat(access.mayAccess("read", sensitive)).isFalse();
    TestSignIn.actAs(assigned);
    assertThat(access.mayAccess("read", sensitive)).isTrue();
    TestSignIn.actAs(supervisor);
    assertThat(access.mayAccess("read", sensitive)).isTrue();
  }

  @Test
  void aStatisticsRoleIsRefusedListsOfPeople() {
    TestUser analyst = fixtures.user(fixtures.agency(AgencyType.NGO), "analyst");
    WebClient browser = signedIn(analyst);
    assertThat(browser.getJson("/api/access/users").statusCode()).isEqualTo(403);
    assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(browser.get("/audit").statusCode()).isEqualTo(403);
  }

  @Test
  void everyReadWritesOneAuditRowPerRecordReturnedInTheSameTransaction() {
    TestUser admin = fixtures.user(fixtures.agency(AgencyType.NGO), "administrator");
    TestUser a = fixtures.user(admin.agency(), "caseworker");
    TestUser b = fixtures.user(admin.agency(), "enumerator");
    WebClient browser = signedIn(admin);
    browser.getJson("/api/access/users");
    List<AuditEntry> lists =
        audit.find(
            new AuditQuery(admin.id(), null, null, "user", null, "LIST", null, null, null, 1));
    assertThat(lists)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.recordIds())
                  .containsExactlyInAnyOrder(
                      admin.id().toString(), a.id().toString(), b.id().toString());
              assertThat(e.purpose()).isEqualTo("administration");
              assertThat(e.fields()).contains("username", "email");
              assertThat(e.requestId()).isNotBlank();
              assertThat(e.clientAddress()).isNotBlank();
            });
  }

  @Test
  void whenTheAuditRowCannotBeWrittenTheReadFailsWithoutPersonalData() {
    TestUser admin = fixtures.user(fixtures.agency(AgencyType.NGO), "administrator");
    TestUser person = fixtures.user(admin.agency(), "caseworker");
    WebClient browser = signedIn(admin);
    jdbc.sql("alter table audit.entry add constraint injected_failure check (false) not valid")
        .update();
    HttpResponse<String> failed;
    try {
      failed = browser.getJson("/api/access/users/" + person.id());
    } finally {
      jdbc.sql("alter table audit.entry drop constraint injected_failure").update();
    }
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body())
        .doesNotContain(
            person.username(), person.account().displayName(), person.account().email());
    assertThat(failed.body()).doesNotContain("Exception", "SQL", "constraint");
    assertThat(browser.getJson("/api/access/users/" + person.id()).statusCode()).isEqualTo(200);
  }

  @Test
  void theDataProtectionOfficerSeesExactlyWhatACompromisedAccountRead() {
    Agency agency = fixtures.agency(AgencyType.NGO);
    TestUser compromised = fixtures.user(agency, "administrator");
    TestUser read1 = fixtures.user(agency, "caseworker");
    TestUser read2 = fixtures.user(agency, "caseworker");
    TestUser untouched = fixtures.user(agency, "caseworker");
    TestUser dpo = fixtures.user(agency, "data-protection-officer");
    String from = java.time.LocalDate.now(clock).toString();
    WebClient attacker = signedIn(compromised);
    attacker.getJson("/api/access/users/" + read1.id());
    attacker.getJson("/api/access/users/" + read2.id());

    WebClient officer = signedIn(dpo);
    HttpResponse<String> report =
        officer.submit(
            "/audit/breach",
            "/audit/breach",
            Map.of("actor", compromised.username(), "fromDate", from));
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains(read1.id().toString(), read2.id().toString());
    assertThat(report.body()).doesNotContain(untouched.id().toString());
    HttpResponse<String> csv =
        officer.submit(
            "/audit/breach",
            "/audit/breach.csv",
            Map.of("actor", compromised.username(), "fromDate", from));
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body().lines().filter(l -> l.startsWith("user,")).map(l -> l.split(",")[1]))
        .containsExactlyInAnyOrder(read1.id().toString(), read2.id().toString());
  }

  private int notifications(UUID user) {
    return jdbc.sql(
            "select count(*) from access.notification where user_id = ? and kind = 'breakGlass'")
        .param(user)
        .query(Integer.class)
        .single();
  }

  private WebClient signedIn(TestUser user) {
    return TestSignIn.browser(port, user, codes);
  }
}
