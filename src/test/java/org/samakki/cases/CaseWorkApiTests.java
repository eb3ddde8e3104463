package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.registry.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases, referrals and directory API under the same rules as the pages: the whole journey
 * through it, no referral without consent unless a supervisor overrides with a reason (audited), a
 * case of another agency missing (404), a role without the permission refused (403), and refused
 * input answered with the reason in the caller's language (422), never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseWorkApiTests {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  final JsonMapper json = JsonMapper.builder().build();
  MockMvc mvc;
  TestAccounts accounts;
  CaseFixtures fixtures;
  Agency outreach;
  Agency shelterNgo;
  TestUser supervisor;
  TestUser caseworker;
  TestUser shelterWorker;
  TestUser stranger;
  TestUser admin;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    accounts = new TestAccounts(context);
    fixtures = new CaseFixtures(accounts);
    outreach = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(outreach, "supervisor");
    caseworker = accounts.user(outreach, null, supervisor.id(), "caseworker");
    shelterNgo = accounts.agency(AgencyType.NGO);
    shelterWorker = accounts.user(shelterNgo, "caseworker");
    stranger = accounts.user(accounts.agency(AgencyType.NGO), "caseworker");
    admin = accounts.user(accounts.agency(AgencyType.GOVERNMENT), "platform-administrator");
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void theDirectoryIsFilteredByServiceProvinceAndLanguageAndOnlyAdministratorsAddToIt()
      throws Exception {
    String name = "Shelter " + UUID.randomUUID();
    Map<String, Object> shelter =
        Map.of(
            "agencyId", shelterNgo.id(),
            "name", name,
            "services", List.of("SHELTER", "MENTAL_HEALTH"),
            "provinces", List.of("63"),
            "languages", List.of("my", "th"),
            "contact", "+66 55 000 000");

    assertThat(
            call(HttpMethod.POST, "/api/providers", caseworker, shelter).getResponse().getStatus())
        .isEqualTo(403);
    MvcResult added = call(HttpMethod.POST, "/api/providers", admin, shelter);
    assertThat(added.getResponse().getStatus()).isEqualTo(201);
    String id = body(added).get("id").asString();
    assertThat(body(added).get("agencyName").asString()).isEqualTo(shelterNgo.name());

    assertThat(names("/api/providers?service=SHELTER&province=63&language=my")).contains(name);
    assertThat(names("/api/providers?service=MEDICAL")).doesNotContain(name);
    assertThat(names("/api/providers?province=50")).doesNotContain(name);
    assertThat(names("/api/providers?language=km")).doesNotContain(name);
    MvcResult one = call(HttpMethod.GET, "/api/providers/" + id, caseworker, null);
    assertThat(body(one).get("services").toString()).contains("SHELTER", "MENTAL_HEALTH");
    assertThat(
            call(HttpMethod.GET, "/api/providers/" + UUID.randomUUID(), caseworker, null)
                .getResponse()
                .getStatus())
        .isEqualTo(404);

    MvcResult badService =
        call(
            HttpMethod.POST,
            "/api/providers",
            admin,
            Map.of("agencyId", shelterNgo.id(), "name", "X", "services", List.of("MASSAGE")));
    assertRefused(badService, 422, "referrals.provider.serviceInvalid");
    assertRefused(
        call(HttpMethod.GET, "/api/providers?province=Tak", caseworker, null),
        422,
        "referrals.provider.provinceInvalid");
    MvcResult renamed =
        call(HttpMethod.PATCH, "/api/providers/" + id, admin, Map.of("contact", "+66 55 111 111"));
    assertThat(body(renamed).get("contact").asString()).isEqualTo("+66 55 111 111");
  }

  @Test
  void aCaseGoesThroughScreeningIdentificationConsentPlanAndServicesByTheApi() throws Exception {
    long person = new RegistryFixtures(context).onePerson(outreach.id());
    MvcResult opened =
        call(
            HttpMethod.POST,
            "/api/cases",
            caseworker,
            Map.of(
                "personId", person,
                "type", "TRAFFICKING",
                "narrative", "Recruited with a false promise of factory work",
                "noticeVersion", "notice-2026-1",
                "noticeLanguage", "my",
                "legalBasis", "VITAL_INTEREST"));
    assertThat(opened.getResponse().getStatus()).isEqualTo(201);
    String id = body(opened).get("id").asString();
    assertThat(body(opened).get("stage").asString()).isEqualTo("SCREENING");

    MvcResult screened =
        call(
            HttpMethod.POST,
            "/api/cases/" + id + "/screening",
            caseworker,
            Map.of(
                "screenedOn", "2026-01-05",
                "place", "Mae Sot police station",
                "indicators",
                    List.of(
                        "ACT_RECRUITMENT_OR_TRANSPORT",
                        "MEANS_FRAUD_OR_DECEPTION",
                        "PURPOSE_EXPLOITATION")));
    assertThat(body(screened).get("suggestedOutcome").asString())
        .isEqualTo("LIKELY_TRAFFICKING_VICTIM");
    assertThat(
            body(call(
                    HttpMethod.POST,
                    "/api/cases/" + id + "/stage",
                    caseworker,
                    stage("IDENTIFICATION")))
                .get("stage")
                .asString())
        .isEqualTo("IDENTIFICATION");

    Map<String, Object> decision =
        Map.of(
            "decision",
            "VICTIM",
            "team",
            List.of(
                Map.of("name", "Pol. Lt. Somchai", "role", "POLICE", "agency", "Mae Sot police"),
                Map.of(
                    "name",
                    "Khun Malee",
                    "role",
                    "SOCIAL_WORKER",
                    "agency",
                    "Tak social development")));
    assertThat(
            call(HttpMethod.POST, "/api/cases/" + id + "/identification", caseworker, decision)
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    TestUser mdt = accounts.user(outreach, "mdt-member");
    TestSignIn.actAs(caseworker);
    cases.assign(UUID.fromString(id), mdt.id());
    TestSignIn.signOut();
    assertThat(
            body(call(HttpMethod.POST, "/api/cases/" + id + "/identification", mdt, decision))
                .get("identification")
                .asString())
        .isEqualTo("VICTIM");

    MvcResult consent =
        call(
            HttpMethod.POST,
            "/api/cases/" + id + "/consents",
            caseworker,
            Map.of(
                "purpose", "SERVICES",
                "recipientType", "ANY",
                "giver", "PERSON",
                "language", "my",
                "noticeVersion", "notice-2026-1"));
    assertThat(consent.getResponse().getStatus()).isEqualTo(201);
    String consentId = body(consent).get("id").asString();
    assertThat(body(call(HttpMethod.GET, "/api/cases/" + id + "/consents", caseworker, null)))
        .hasSize(1);
    MvcResult withdrawn =
        call(
            HttpMethod.POST,
            "/api/cases/" + id + "/consents/" + consentId + "/withdraw",
            caseworker,
            null);
    assertThat(body(withdrawn).get("withdrawnAt").isNull()).isFalse();
    assertRefused(
        call(
            HttpMethod.PATCH,
            "/api/cases/" + id + "/consents/" + consentId,
            caseworker,
            Map.of("purpose", "PHOTO")),
        422,
        "cases.consent.versioned");

    MvcResult plan =
        call(
            HttpMethod.POST,
            "/api/cases/" + id + "/plan",
            caseworker,
            Map.of(
                "kind", "GOAL",
                "text", "Safe shelter until the interview",
                "responsibleAgency", "MSDHS",
                "dueOn", "2026-02-01"));
    assertThat(body(plan).get(0).get("text").asString())
        .isEqualTo("Safe shelter until the interview");
    call(HttpMethod.POST, "/api/cases/" + id + "/plan/submit", caseworker, null);
    Map<String, Object> approve = Map.of("subject", "PLAN", "approve", true);
    assertThat(
            call(HttpMethod.POST, "/api/cases/" + id + "/approvals", caseworker, approve)
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    MvcResult approved =
        call(HttpMethod.POST, "/api/cases/" + id + "/approvals", supervisor, approve);
    assertThat(body(approved).get(0).get("decision").asString()).isEqualTo("APPROVED");

    Map<String, Object> medical =
        Map.of("service", "MEDICAL", "provider", "Mae Sot hospital", "deliveredOn", "2026-01-06");
    assertRefused(
        call(HttpMethod.POST, "/api/cases/" + id + "/services", caseworker, medical),
        422,
        "cases.legalBasis.consentWithdrawn");
    MvcResult bases =
        call(
            HttpMethod.POST,
            "/api/cases/" + id + "/legal-bases",
            caseworker,
            Map.of(
                "purpose", "SERVICES", "basis", "PUBLIC_TASK", "noticeVersion", "notice-2026-1"));
    assertThat(body(bases).toString()).contains("CASE_MANAGEMENT", "VITAL_INTEREST", "PUBLIC_TASK");
    call(HttpMethod.POST, "/api/cases/" + id + "/services", caseworker, medical);
    assertThat(
            body(call(HttpMethod.GET, "/api/cases/" + id + "/services", caseworker, null))
                .get(0)
                .get("service")
                .asString())
        .isEqualTo("MEDICAL");

    assertThat(
            call(HttpMethod.GET, "/api/cases/" + id + "/plan", stranger, null)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.entry where resource_type = 'protection-case'"
                        + " and ? = any(record_ids) and action = 'VIEW' and 'services' = any(fields)")
                .param(id)
                .query(Integer.class)
                .single())
        .isPositive();
  }

  @Test
  void refusedInputIsAReasonInTheCallersLanguageNeverAStackTrace() throws Exception {
    UUID id = fixtures.openCase(caseworker);
    MvcResult nowhere =
        call(HttpMethod.POST, "/api/cases/" + id + "/stage", caseworker, stage("NOWHERE"));
    assertRefused(nowhere, 422, "cases.form.choiceRequired");
    MvcResult thai =
        mvc.perform(
                request(HttpMethod.POST, "/api/cases/" + id + "/stage")
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "th")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"to\":\"PROTECTION\"}"))
            .andReturn();
    assertThat(thai.getResponse().getStatus()).isEqualTo(422);
    assertThat(thai.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .containsPattern("[\\u0E00-\\u0E7F]");
    MvcResult garbled =
        mvc.perform(
                request(HttpMethod.POST, "/api/cases/" + id + "/stage")
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"to\": [}"))
            .andReturn();
    assertThat(garbled.getResponse().getStatus()).isEqualTo(400);
    assertThat(garbled.getResponse().getContentAsString()).doesNotContain("Exception", "at org.");
    assertRefused(
        call(HttpMethod.POST, "/api/cases/" + id + "/plan", caseworker, Map.of("kind", "GOAL")),
        422,
        "cases.plan.textRequired");
  }

  @Test
  void aReferralNeedsConsentOrAnAuditedOverrideAndTheShelterSeesOnlyWhatWasShared()
      throws Exception {
    UUID id = fixtures.openCase(caseworker);
    UUID shelter = fixtures.shelter(shelterNgo);
    Map<String, Object> referral =
        Map.of("providerId", shelter, "service", "SHELTER", "sections", List.of("summary"));
    String path = "/api/cases/" + id + "/referrals";

    assertRefused(
        call(HttpMethod.POST, path, caseworker, referral), 422, "cases.referral.consentMissing");
    TestUser mdt = accounts.user(outreach, "mdt-member");
    assertThat(call(HttpMethod.POST, path, mdt, referral).getResponse().getStatus()).isEqualTo(403);
    assertThat(call(HttpMethod.POST, path, stranger, referral).getResponse().getStatus())
        .isEqualTo(404);

    Map<String, Object> override =
        Map.of(
            "providerId",
            shelter,
            "service",
            "SHELTER",
            "sections",
            List.of("summary"),
            "overrideReason",
            "Her employer is looking for her tonight");
    MvcResult sent = call(HttpMethod.POST, path, supervisor, override);
    assertThat(sent.getResponse().getStatus()).isEqualTo(201);
    String referralId = body(sent).get("id").asString();
    assertThat(body(sent).get("basis").asString()).isEqualTo("OVERRIDE");
    assertThat(
            jdbc.sql(
                    "select reason from audit.entry where action = 'REFER_OVERRIDE'"
                        + " and ? = any(record_ids)")
                .param(referralId)
                .query(String.class)
                .single())
        .isEqualTo("Her employer is looking for her tonight");

    fixtures.consent(caseworker, id, org.samakki.cases.consent.Purpose.REFERRAL);
    MvcResult onConsent = call(HttpMethod.POST, path, caseworker, referral);
    assertThat(body(onConsent).get("basis").asString()).isEqualTo("CONSENT");
    String second = body(onConsent).get("id").asString();

    assertThat(
            call(HttpMethod.GET, "/api/cases/" + id, shelterWorker, null).getResponse().getStatus())
        .isEqualTo(404);
    assertThat(call(HttpMethod.GET, path, shelterWorker, null).getResponse().getStatus())
        .isEqualTo(404);
    JsonNode shared =
        body(call(HttpMethod.GET, "/api/referrals/" + second + "/shared", shelterWorker, null));
    assertThat(shared.has("caseRef")).isTrue();
    assertThat(shared.has("narrative")).isFalse();
    assertThat(shared.has("identification")).isFalse();

    assertRefused(
        call(HttpMethod.POST, "/api/referrals/" + referralId + "/decline", shelterWorker, Map.of()),
        422,
        "referrals.decline.reasonRequired");
    assertThat(
            body(call(
                    HttpMethod.POST,
                    "/api/referrals/" + referralId + "/decline",
                    shelterWorker,
                    Map.of("reason", "No bed for a woman with two children")))
                .get("status")
                .asString())
        .isEqualTo("DECLINED");
    assertThat(
            call(HttpMethod.GET, "/api/referrals/" + referralId + "/shared", shelterWorker, null)
                .getResponse()
                .getStatus())
        .isEqualTo(404);

    call(HttpMethod.POST, "/api/referrals/" + second + "/accept", shelterWorker, null);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/referrals/" + second + "/report",
                    stranger,
                    Map.of("serviceGiven", "x"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    call(
        HttpMethod.POST,
        "/api/referrals/" + second + "/report",
        shelterWorker,
        Map.of("serviceGiven", "Two weeks of shelter and counselling"));
    JsonNode outbox = body(call(HttpMethod.GET, path, caseworker, null));
    assertThat(outbox).hasSize(2);
    assertThat(outbox.toString()).contains("Two weeks of shelter and counselling", "DECLINED");
    assertThat(
            call(HttpMethod.POST, "/api/referrals/" + second + "/complete", shelterWorker, null)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            body(call(HttpMethod.POST, "/api/referrals/" + second + "/complete", caseworker, null))
                .get("status")
                .asString())
        .isEqualTo("COMPLETED");
  }

  @Test
  void theReferrerCancelsAReferralAndTheShelterThenReadsNothing() throws Exception {
    UUID id = fixtures.openCase(caseworker);
    fixtures.consent(caseworker, id, org.samakki.cases.consent.Purpose.REFERRAL);
    UUID referral = fixtures.refer(caseworker, id, fixtures.shelter(shelterNgo));
    assertRefused(
        call(HttpMethod.PATCH, "/api/referrals/" + referral, caseworker, Map.of("status", "SENT")),
        422,
        "referrals.status.invalid");
    assertThat(
            call(
                    HttpMethod.PATCH,
                    "/api/referrals/" + referral,
                    shelterWorker,
                    Map.of("status", "CANCELLED"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            body(call(
                    HttpMethod.PATCH,
                    "/api/referrals/" + referral,
                    caseworker,
                    Map.of("status", "CANCELLED")))
                .get("status")
                .asString())
        .isEqualTo("CANCELLED");
    assertThat(
            call(HttpMethod.GET, "/api/referrals/" + referral + "/shared", shelterWorker, null)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void theOpenApiDocumentDescribesTheNewEndpoints() throws Exception {
    String docs =
        call(HttpMethod.GET, "/v3/api-docs", caseworker, null).getResponse().getContentAsString();
    assertThat(docs)
        .contains(
            "\"/api/providers\"",
            "\"/api/providers/{id}\"",
            "\"/api/cases/{id}/referrals\"",
            "\"/api/cases/{id}/consents\"",
            "\"/api/cases/{id}/consents/{consent}\"",
            "\"/api/cases/{id}/identification\"",
            "\"/api/cases/{id}/screening\"",
            "\"/api/cases/{id}/plan\"",
            "\"/api/cases/{id}/approvals\"",
            "\"/api/cases/{id}/services\"",
            "\"/api/referrals/{id}/decline\"",
            "\"/api/referrals/{id}/report\"",
            "\"/api/referrals/{id}/complete\"");
  }

  private static Map<String, Object> stage(String to) {
    return Map.of("to", to);
  }

  private List<String> names(String path) throws Exception {
    JsonNode list = body(call(HttpMethod.GET, path, caseworker, null));
    return list.valueStream().map(n -> n.get("name").asString()).toList();
  }

  private void assertRefused(MvcResult result, int status, String code) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    JsonNode problem = body(result);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("detail").asString()).isNotBlank().isNotEqualTo(code);
    assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at org.");
  }

  private MvcResult call(HttpMethod method, String path, TestUser user, Object body)
      throws Exception {
    var request =
        request(method, path)
            .with(authentication(TestSignIn.as(user)))
            .with(csrf())
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en");
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return mvc.perform(request).andReturn();
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(
        result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
