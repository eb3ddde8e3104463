package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.WebClient;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.SecondFactor;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Giver;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.nrm.CasePlans;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.subjectaccess.SubjectAccess;
import org.samakki.referrals.Service;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access (DP-09): the export of a seeded person holds every linked row of the registry and
 * of their protection cases, decrypted, and who accessed them by role and agency; nobody else's
 * identifiers; only a data protection officer may make it, and making it is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectAccessTests {

  static final String NOTICE = "privacy-notice-2026-1";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SecondFactor codes;
  @Autowired ProtectionCases cases;
  @Autowired Consents consents;
  @Autowired CasePlans plans;
  @Autowired SubjectAccess subjectAccess;
  @TempDir Path folder;

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void theExportHoldsEverythingAboutThePersonAndNothingAboutAnyoneElse() throws Exception {
    TestAccounts accounts = new TestAccounts(context);
    Agency office = accounts.agency(AgencyType.GOVERNMENT);
    Agency ngo = accounts.agency(AgencyType.NGO);
    TestUser caseworker = accounts.user(ngo, "caseworker");
    TestUser officer = accounts.user(ngo, "data-protection-officer");
    RegistryFixtures registry = new RegistryFixtures(context);
    Row subject = RegistryFixtures.worker();
    Row other =
        RegistryFixtures.worker()
            .with("given_name", "Nang Seng")
            .with("family_name", "Hseng" + UUID.randomUUID().toString().substring(0, 6));
    registry.load(folder, office.id(), subject, other);
    long person = registry.personId(subject.get("document_number"));
    long otherPerson = registry.personId(other.get("document_number"));

    TestSignIn.actAs(caseworker);
    String narrative = "Recruited in Hpa-an by a broker who kept her passport " + UUID.randomUUID();
    UUID id = open(person, narrative);
    UUID otherCase = open(otherPerson, "Another person's story " + UUID.randomUUID());
    consents.give(
        id,
        new Consents.Given(Purpose.SERVICES, RecipientType.ANY, Giver.PERSON, null, "my", NOTICE));
    String goal = "Back wages from the garment factory " + UUID.randomUUID();
    plans.add(id, CasePlans.Kind.GOAL, goal, "Labour protection office", LocalDate.now());
    plans.delivered(id, Service.LEGAL_AID, "Lawyers Council", LocalDate.now());
    cases.read(id);

    assertThatThrownBy(() -> subjectAccess.export(person))
        .as("a caseworker may not export a subject's whole record")
        .isInstanceOf(AccessDeniedException.class);

    WebClient browser = TestSignIn.browser(port, officer, codes);
    HttpResponse<String> page = browser.get("/subject-access");
    assertThat(page.statusCode()).isEqualTo(200);
    HttpResponse<String> refused =
        browser.submit("/subject-access", "/subject-access/export", Map.of("person", "twelve"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("registry number").doesNotContain("Exception");
    HttpResponse<String> export =
        browser.submit(
            "/subject-access", "/subject-access/export", Map.of("person", Long.toString(person)));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment");
    String json = export.body();

    assertThat(json)
        .contains(subject.get("document_number"), subject.get("family_name"))
        .contains(narrative, goal)
        .contains("\"purpose\":\"CASE_MANAGEMENT\"", "\"basis\":\"VITAL_INTEREST\"")
        .contains("\"purpose\":\"SERVICES\"", "\"basis\":\"CONSENT\"")
        .contains("LEGAL_AID", "Lawyers Council")
        .contains(id.toString());
    assertThat(json)
        .doesNotContain(other.get("document_number"))
        .doesNotContain(other.get("family_name"))
        .doesNotContain(other.get("person_ref") + "\"")
        .doesNotContain(other.get("work_permit_number") + "\"")
        .doesNotContain(otherCase.toString())
        .doesNotContain("Another person's story")
        .as("staff appear by role and agency, not by name")
        .doesNotContain(caseworker.username());

    Map<?, ?> parsed = JsonMapper.builder().build().readValue(json, Map.class);
    assertThat((java.util.List<?>) parsed.get("protectionCases"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(((Map<?, ?>) c).keySet())
                    .as("every part of a case, including those other packages keep")
                    .map(String::valueOf)
                    .contains(
                        "case",
                        "stages",
                        "legalBases",
                        "consents",
                        "plan",
                        "services",
                        "referrals",
                        "traffickingRecord",
                        "tasks",
                        "attachments",
                        "alternativesToDetention"));
    assertThat((java.util.List<?>) parsed.get("accessHistory"))
        .as("the caseworker's reads are in the history")
        .anySatisfy(
            e -> {
              Map<?, ?> entry = (Map<?, ?>) e;
              assertThat(entry.get("action")).isEqualTo("VIEW");
              assertThat(entry.get("resource")).isEqualTo("protection-case");
              assertThat(String.valueOf(entry.get("roles"))).contains("caseworker");
            });
  }

  private UUID open(long person, String narrative) {
    return cases.open(
        new ProtectionCases.Opening(
            person,
            CaseType.TRAFFICKING,
            false,
            narrative,
            NOTICE,
            "my",
            LegalBasis.VITAL_INTEREST));
  }
}
