package org.samakki.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.WebClient;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.SecondFactor;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * The registry's pages as an officer uses them: finding a worker by any spelling, reading their
 * file, recording a change of employer, worklists, imports with their report, and schemes that an
 * administrator extends without a release.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryPagesTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SecondFactor codes;
  @Autowired MessageSource messages;
  @TempDir Path folder;
  TestAccounts accounts;
  RegistryFixtures fixtures;
  Agency labourOffice;
  TestUser officer;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    fixtures = new RegistryFixtures(context);
    labourOffice = accounts.agency(AgencyType.GOVERNMENT);
    officer = accounts.user(labourOffice, "74", (java.util.UUID) null, "registration-officer");
  }

  @Test
  void anOfficerFindsAWorkerByAnotherSpellingOrScriptAndReadsTheirFile() {
    Row worker =
        RegistryFixtures.worker()
            .with("given_name", "Thandar")
            .with("family_name", "Hlaing" + unique())
            .with("name_native", "");
    fixtures.load(folder, labourOffice.id(), worker);
    WebClient browser = signedIn(officer);

    HttpResponse<String> found =
        browser.submit(
            "/registry/search",
            "/registry/search",
            Map.of("name", "Tandar " + worker.get("family_name")));
    assertThat(found.statusCode()).isEqualTo(200);
    long id = fixtures.personId(worker.get("document_number"));
    assertThat(found.body()).contains("/registry/persons/" + id);

    HttpResponse<String> byDocument =
        browser.submit(
            "/registry/search",
            "/registry/search",
            Map.of("documentNumber", worker.get("document_number").toLowerCase(Locale.ROOT)));
    assertThat(byDocument.body()).contains("/registry/persons/" + id);

    HttpResponse<String> file = browser.get("/registry/persons/" + id);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body())
        .contains("Thandar")
        .contains("status status-REGULAR")
        .contains("class=\"bar valid\"")
        .contains(worker.get("document_number"))
        .contains("Status timeline");
  }

  @Test
  void aScriptSpellingFindsTheSameWorker() {
    Row worker =
        RegistryFixtures.worker().with("given_name", "Aung Kyaw").with("family_name", "Moe");
    fixtures.load(folder, labourOffice.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    HttpResponse<String> found =
        signedIn(officer)
            .submit(
                "/registry/search",
                "/registry/search",
                Map.of("name", "အောင်ကျော်မိုး", "documentNumber", worker.get("document_number")));
    assertThat(found.body()).contains("/registry/persons/" + id);
  }

  @Test
  void aWorkerKnownOnlyInTheirOwnScriptIsListedAndTitledByThatName() {
    Row worker =
        RegistryFixtures.worker()
            .with("given_name", "")
            .with("family_name", "")
            .with("name_native", "ဇော်ဝင်း");
    fixtures.load(folder, labourOffice.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    WebClient browser = signedIn(officer);

    HttpResponse<String> found =
        browser.submit(
            "/registry/search",
            "/registry/search",
            Map.of("documentNumber", worker.get("document_number")));
    assertThat(found.body()).contains("/registry/persons/" + id + "\">ဇော်ဝင်း</a>");
    assertThat(browser.get("/registry/persons/" + id).body()).contains("<span>ဇော်ဝင်း</span>");
  }

  @Test
  void aWorkerOutsideTheOfficersAreaDoesNotExistForThem() {
    Row worker = RegistryFixtures.worker();
    fixtures.load(folder, labourOffice.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    TestUser inTak =
        accounts.user(labourOffice, "63", (java.util.UUID) null, "registration-officer");
    WebClient browser = signedIn(inTak);
    assertThat(browser.get("/registry/persons/" + id).statusCode()).isEqualTo(404);
    assertThat(
            browser
                .submit(
                    "/registry/search",
                    "/registry/search",
                    Map.of("documentNumber", worker.get("document_number")))
                .body())
        .doesNotContain("/registry/persons/" + id);
  }

  @Test
  void anUnreportedChangeOfEmployerMakesTheWorkerIrregularAndTheTimelineSaysWhy() {
    Row worker = RegistryFixtures.worker();
    fixtures.load(folder, labourOffice.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    WebClient browser = signedIn(officer);
    HttpResponse<String> saved =
        browser.submit(
            "/registry/persons/" + id,
            "/registry/persons/" + id + "/employer-change",
            Map.of(
                "employerName", "Tha Chalom Fishing Pier",
                "startedOn", LocalDate.now().minusDays(30).toString(),
                "reportedOn", ""));
    assertThat(saved.statusCode()).isEqualTo(302);
    String file = browser.get("/registry/persons/" + id).body();
    assertThat(file)
        .contains("status status-IRREGULAR")
        .contains("Change of employer not reported in time")
        .contains("Tha Chalom Fishing Pier");
  }

  @Test
  void aDateThatCannotBeReadIsExplainedAndNothingIsSaved() {
    Row worker = RegistryFixtures.worker();
    fixtures.load(folder, labourOffice.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    WebClient browser = signedIn(officer);
    HttpResponse<String> refused =
        browser.submit(
            "/registry/persons/" + id,
            "/registry/persons/" + id + "/employer-change",
            Map.of("employerName", "Somewhere", "startedOn", "31/02/2569"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("This date cannot be read")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
    assertThat(browser.get("/registry/persons/" + id).body()).doesNotContain("Somewhere");
    HttpResponse<String> days = browser.get("/registry/worklists/expiring?days=lots");
    assertThat(days.statusCode()).isEqualTo(422);
    assertThat(days.body()).contains("Choose a number of days from 1 to 365");
  }

  @Test
  void worklistsNarrowByDaysSectorAndNationality() {
    String soon = LocalDate.now().plusDays(20).toString();
    String later = LocalDate.now().plusDays(50).toString();
    Row seafood = endingOn(RegistryFixtures.worker(), soon);
    Row builder =
        endingOn(RegistryFixtures.worker(), later)
            .with("nationality", "KHM")
            .with("scheme_code", "MOU-KHM")
            .with("document_number", "N" + String.format("%07d", unique() % 10_000_000))
            .with("employer_sector", "CONSTRUCTION");
    fixtures.load(folder, labourOffice.id(), seafood, builder);
    long first = fixtures.personId(seafood.get("document_number"));
    long second = fixtures.personId(builder.get("document_number"));
    WebClient browser = signedIn(officer);

    String month = browser.get("/registry/worklists/expiring?days=30").body();
    assertThat(month)
        .contains("/registry/persons/" + first)
        .doesNotContain("/registry/persons/" + second);
    String twoMonths = browser.get("/registry/worklists/expiring?days=60&nationality=KHM").body();
    assertThat(twoMonths)
        .contains("/registry/persons/" + second)
        .doesNotContain("/registry/persons/" + first);
    String bySector =
        browser
            .get("/registry/worklists/expiring?days=60&sector=SEAFOOD_PROCESSING&province=74")
            .body();
    assertThat(bySector)
        .contains("/registry/persons/" + first)
        .doesNotContain("/registry/persons/" + second);
  }

  @Test
  void anEmployersPageListsItsWorkersWithTheirStatus() {
    String ref = "EMP-" + unique();
    Row one =
        RegistryFixtures.worker()
            .with("employer_ref", ref)
            .with("employer_name", "Samut Sakhon Cannery");
    Row two =
        endingOn(RegistryFixtures.worker(), LocalDate.now().plusDays(10).toString())
            .with("employer_ref", ref)
            .with("employer_name", "Samut Sakhon Cannery");
    fixtures.load(folder, labourOffice.id(), one, two);
    long person = fixtures.personId(one.get("document_number"));
    WebClient browser = signedIn(officer);
    Matcher link =
        Pattern.compile("/registry/employers/(\\d+)")
            .matcher(browser.get("/registry/persons/" + person).body());
    assertThat(link.find()).isTrue();
    String page = browser.get(link.group()).body();
    assertThat(page)
        .contains("Samut Sakhon Cannery")
        .contains("/registry/persons/" + person)
        .contains("/registry/persons/" + fixtures.personId(two.get("document_number")))
        .contains("status status-EXPIRING");
  }

  @Test
  void anUploadedFileIsImportedWithProgressAndARejectionReportInTheReadersLanguage()
      throws Exception {
    Row good = RegistryFixtures.worker();
    Row bad = RegistryFixtures.worker().with("scheme_code", "NO-SUCH-SCHEME");
    byte[] csv = Files.readAllBytes(RegistryFixtures.file(folder, List.of(good, bad)));
    WebClient browser = signedIn(officer);
    HttpResponse<String> uploaded =
        browser.upload("/registry/imports", "/registry/imports", "file", "doe-export.csv", csv);
    assertThat(uploaded.statusCode()).isEqualTo(302);
    String page =
        uploaded.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
    String progress = page + "/progress";
    String state = "";
    for (int i = 0; i < 200 && !state.contains("data-state=\"DONE\""); i++) {
      HttpResponse<String> polled = browser.get(progress);
      assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
      state = polled.body();
      Thread.sleep(50);
    }
    assertThat(state).contains("data-state=\"DONE\"").contains("rejections.csv");
    assertThat(browser.get("/registry/imports").body()).contains("doe-export.csv");

    browser.submit(page, "/preferences", Map.of("lang", "th", "return", page));
    HttpResponse<String> download = browser.get(page + "/rejections.csv");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String report = download.body();
    String thai =
        messages.getMessage(
            "import.problem.scheme",
            new Object[] {"scheme_code", "NO-SUCH-SCHEME"},
            Locale.forLanguageTag("th"));
    assertThat(report).contains("NO-SUCH-SCHEME").contains(thai).contains("scheme_code");
    assertThat(fixtures.personId(good.get("document_number"))).isPositive();
  }

  @Test
  void anEmptyUploadIsRefusedWithTheReason() {
    HttpResponse<String> refused =
        signedIn(officer)
            .upload("/registry/imports", "/registry/imports", "file", "empty.csv", new byte[0]);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Choose a file to import");
  }

  @Test
  void aPlatformAdministratorAddsTheNextCabinetResolutionWithoutARelease() {
    TestUser admin = accounts.user(labourOffice, "platform-administrator");
    WebClient browser = signedIn(admin);
    String code = "CR-T" + unique() % 100000;
    assertThat(browser.get("/registry/schemes/new?from=CR-2023").body())
        .contains("value=\"CR-2023\"");
    Map<String, String> form =
        Map.ofEntries(
            Map.entry("code", code),
            Map.entry("name", "In-country registration under a new resolution"),
            Map.entry("channel", "IN_COUNTRY"),
            Map.entry("nationalities", "MMR"),
            Map.entry("windowOpens", "2569-01-01"),
            Map.entry("windowCloses", "2027-12-31"),
            Map.entry("permitValidityMonths", "24"),
            Map.entry("employerChangeDeadlineDays", "15"),
            Map.entry("jobSearchDays", "30"),
            Map.entry("renewalGraceDays", "0"),
            Map.entry("requiresPassport", "false"),
            Map.entry("required", "WORK_PERMIT"),
            Map.entry("withinDays", "60"));
    HttpResponse<String> saved = browser.submit("/registry/schemes/new", "/registry/schemes", form);
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(browser.get("/registry/schemes/" + code).body())
        .contains("In-country registration under a new resolution")
        .contains("Version 1");

    java.util.HashMap<String, String> wrong = new java.util.HashMap<>(form);
    wrong.put("permitValidityMonths", "0");
    HttpResponse<String> refused =
        browser.submit("/registry/schemes/new", "/registry/schemes", wrong);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("The permit validity must be from 1 to 120 months");

    assertThat(
            signedIn(officer).submit("/registry/schemes", "/registry/schemes", form).statusCode())
        .isEqualTo(403);

    Row underNewScheme =
        RegistryFixtures.worker().with("scheme_code", code).with("channel", "IN_COUNTRY");
    assertThat(fixtures.load(folder, labourOffice.id(), underNewScheme).loaded()).isEqualTo(1);
  }

  private static Row endingOn(Row row, String end) {
    return row.with("contract_end", end)
        .with("work_permit_end", end)
        .with("stay_permit_end", end)
        .with("social_security_end", end);
  }

  private static long unique() {
    return System.nanoTime() % 1_000_000_000L;
  }

  private WebClient signedIn(TestUser user) {
    return TestSignIn.browser(port, user, codes);
  }
}
