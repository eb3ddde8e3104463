package org.samakki.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.ProblemExplanation;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.htcds.TraffickingRecords;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.Identification;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.nrm.Stage;
import org.samakki.cases.nrm.TeamMember;
import org.samakki.cases.nrm.TeamRole;
import org.samakki.registry.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trafficking record page and API, the team's identification form and the NRM statistics
 * through the whole web stack: who may open them, what they show, what they refuse.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TraffickingWebTests {

  @Autowired WebApplicationContext context;
  @Autowired ProtectionCases cases;
  @Autowired TraffickingRecords records;
  final JsonMapper json = JsonMapper.builder().build();
  MockMvc mvc;
  TestAccounts accounts;
  Agency ngo;
  TestUser caseworker;
  TestUser teamMember;
  Authentication analyst;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    accounts = new TestAccounts(context);
    ngo = accounts.agency(AgencyType.NGO);
    TestUser supervisor = accounts.user(ngo, "supervisor");
    caseworker = accounts.user(ngo, null, supervisor.id(), "caseworker");
    teamMember = accounts.user(ngo, "mdt-member");
    analyst = TestSignIn.as(accounts.user(accounts.agency(AgencyType.UN_AGENCY), "analyst"));
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void theCaseworkerRecordsTheContentsOnThePageAndReadsThemBack() throws Exception {
    UUID id = openCase();
    String page = "/cases/" + id + "/trafficking";

    MockHttpServletResponse saved =
        mvc.perform(
                post(page)
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .param("recruiterType", "RECRUITMENT_AGENCY")
                    .param("recruitmentArea", "6306")
                    .param("recruitmentFee", "12,500")
                    .param("recruitmentDetails", "Promised work in a Bangkok garment factory")
                    .param("meansOfControl", "DEBT_BONDAGE", "CONFINEMENT")
                    .param("exploitationTypes", "FORCED_LABOUR")
                    .param("industries", "MANUFACTURING"))
            .andReturn()
            .getResponse();
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl()).isEqualTo(page);
    MockHttpServletResponse event =
        mvc.perform(
                post(page + "/events")
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .param("kind", "TRANSIT")
                    .param("country", "MMR")
                    .param("startedOn", "2024-03-01")
                    .param("endedOn", "2024-03-04"))
            .andReturn()
            .getResponse();
    assertThat(event.getStatus()).isEqualTo(302);

    String html = html(page, TestSignIn.as(caseworker));
    assertThat(html)
        .contains("Promised work in a Bangkok garment factory")
        .contains("A recruitment agency")
        .contains("Debt bondage")
        .contains("Confinement")
        .contains("Manufacturing")
        .contains("Mae Sot")
        .contains("12,500.00")
        .contains("Transit")
        .contains("Myanmar");
    assertThat(html(("/cases/" + id), TestSignIn.as(caseworker)))
        .as("the case page links to the record")
        .contains("/cases/" + id + "/trafficking");

    MvcResult refused =
        mvc.perform(
                post(page + "/events")
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .param("kind", "EXIT")
                    .param("areaCode", "6306")
                    .param("startedOn", "2024-03-10")
                    .param("endedOn", "2024-03-01"))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(ProblemExplanation.of(refused.getRequest()))
        .contains("The end date cannot be before the start date.");
  }

  @Test
  void theApiReadsAndChangesTheRecordUnderTheFieldPolicy() throws Exception {
    UUID id = openCase();
    String path = "/api/cases/" + id + "/trafficking";

    MockHttpServletResponse changed =
        mvc.perform(
                patch(path)
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        json.writeValueAsString(
                            Map.of(
                                "exploitationTypes",
                                List.of("FORCED_CRIMINALITY"),
                                "industries",
                                List.of("ONLINE_SCAM"),
                                "recruitmentCountry",
                                "KHM"))))
            .andReturn()
            .getResponse();
    assertThat(changed.getStatus()).isEqualTo(200);
    JsonNode body = json.readTree(changed.getContentAsString());
    assertThat(body.at("/exploitationTypes/0").asString()).isEqualTo("FORCED_CRIMINALITY");
    assertThat(body.at("/recruitmentCountry").asString()).isEqualTo("KHM");

    MockHttpServletResponse unknown =
        mvc.perform(
                patch(path)
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"industries\": [\"SPACE_MINING\"]}"))
            .andReturn()
            .getResponse();
    assertThat(unknown.getStatus()).isEqualTo(422);

    MockHttpServletResponse risk =
        mvc.perform(
                post(path + "/risks")
                    .with(authentication(TestSignIn.as(caseworker)))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"assessedOn\": \"2025-06-01\", \"assessor\": \"Khun Malee\","
                            + " \"level\": \"HIGH\", \"atRisk\": [\"FAMILY\"],"
                            + " \"notes\": \"The recruiter visited the family\"}"))
            .andReturn()
            .getResponse();
    assertThat(risk.getStatus()).isEqualTo(200);
    JsonNode read = json.readTree(api(path, TestSignIn.as(caseworker)).getContentAsString());
    assertThat(read.at("/riskAssessments/0/level").asString()).isEqualTo("HIGH");
    assertThat(read.at("/riskAssessments/0/notes").asString())
        .isEqualTo("The recruiter visited the family");

    TestSignIn.actAs(caseworker);
    cases.assign(id, teamMember.id());
    TestSignIn.signOut();
    JsonNode asTeam = json.readTree(api(path, TestSignIn.as(teamMember)).getContentAsString());
    assertThat(asTeam.has("exploitationTypes")).isTrue();
    assertThat(asTeam.has("riskAssessments")).as("not in the team's sections").isFalse();
    assertThat(api(path, analyst).getStatus()).isEqualTo(403);
    TestUser stranger = accounts.user(accounts.agency(AgencyType.NGO), "caseworker");
    assertThat(api(path, TestSignIn.as(stranger)).getStatus()).isEqualTo(404);
  }

  @Test
  void theTeamRecordsItsDecisionOnTheFormWithMembersOfTwoAgencies() throws Exception {
    UUID id = openCase();
    TestSignIn.actAs(caseworker);
    cases.advance(id, Stage.TEMPORARY_PROTECTION);
    cases.advance(id, Stage.IDENTIFICATION);
    cases.assign(id, teamMember.id());
    TestSignIn.signOut();

    MvcResult oneAgency =
        mvc.perform(
                post("/cases/" + id + "/identification")
                    .with(authentication(TestSignIn.as(teamMember)))
                    .with(csrf())
                    .param("decision", "VICTIM")
                    .param("memberName", "Pol. Lt. Somchai", "Pol. Sgt. Anan", "")
                    .param("memberRole", "POLICE", "POLICE", "OTHER")
                    .param("memberAgency", "Tak police", "Tak police", ""))
            .andReturn();
    assertThat(oneAgency.getResponse().getStatus()).isEqualTo(422);
    assertThat(ProblemExplanation.of(oneAgency.getRequest()))
        .contains(
            "The multidisciplinary team needs at least two members from at least two agencies.");

    MockHttpServletResponse decided =
        mvc.perform(
                post("/cases/" + id + "/identification")
                    .with(authentication(TestSignIn.as(teamMember)))
                    .with(csrf())
                    .param("decision", "VICTIM")
                    .param("memberName", "Pol. Lt. Somchai", "Khun Malee", "")
                    .param("memberRole", "POLICE", "SOCIAL_WORKER", "OTHER")
                    .param("memberAgency", "Tak police", "Tak social development office", ""))
            .andReturn()
            .getResponse();
    assertThat(decided.getStatus()).isEqualTo(302);
    assertThat(html("/cases/" + id, TestSignIn.as(caseworker)))
        .contains("Victim of trafficking")
        .contains("Khun Malee · Social worker · Tak social development office")
        .contains("Recorded by");
  }

  @Test
  void anAnalystSeesTheStatisticsButNoCase() throws Exception {
    for (int i = 0; i < 5; i++) {
      UUID id = openCase();
      TestSignIn.actAs(caseworker);
      records.update(id, Map.of("exploitationTypes", List.of("ORGAN_REMOVAL")));
      cases.advance(id, Stage.TEMPORARY_PROTECTION);
      cases.advance(id, Stage.IDENTIFICATION);
      cases.assign(id, teamMember.id());
      TestSignIn.actAs(teamMember);
      cases.identify(
          id,
          Identification.VICTIM,
          List.of(
              new TeamMember("Pol. Lt. Somchai", TeamRole.POLICE, "Ranong police"),
              new TeamMember("Khun Malee", TeamRole.SOCIAL_WORKER, "Ranong social development")),
          java.time.LocalDate.now());
    }
    TestSignIn.signOut();

    MockHttpServletResponse reply = api("/api/cases/statistics", analyst);
    assertThat(reply.getStatus()).isEqualTo(200);
    JsonNode figures = json.readTree(reply.getContentAsString());
    assertThat(figures.at("/minimum").asInt()).isEqualTo(5);
    JsonNode organs = cell(figures.get("byExploitation"), "ORGAN_REMOVAL");
    assertThat(organs.get("suppressed").asBoolean()).isFalse();
    assertThat(organs.get("count").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(figures.at("/identifiedVictims/count").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(reply.getContentAsString())
        .as("aggregates only")
        .doesNotContain("Somchai")
        .doesNotContain("caseRef")
        .doesNotContain("personId");
    for (JsonNode c : figures.get("bySex")) {
      long count = c.get("count").isNull() ? -1 : c.get("count").asLong();
      assertThat(count == -1 || count == 0 || count >= 5)
          .as("no published cell under 5: " + c)
          .isTrue();
    }

    assertThat(html("/cases/statistics", analyst))
        .contains("National Referral Mechanism statistics")
        .contains("Organ removal");
    assertThat(
            mvc.perform(get("/cases").with(authentication(analyst)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(api("/api/cases", analyst).getStatus()).isEqualTo(403);
    UUID one = openCase();
    assertThat(
            mvc.perform(get("/cases/" + one).with(authentication(analyst)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(api("/api/cases/statistics", TestSignIn.as(caseworker)).getStatus())
        .as("a caseworker works with cases, not with statistics")
        .isEqualTo(403);
  }

  private UUID openCase() {
    long person = new RegistryFixtures(context).onePerson(ngo.id());
    TestSignIn.actAs(caseworker);
    try {
      return cases.open(
          new ProtectionCases.Opening(
              person,
              CaseType.TRAFFICKING,
              false,
              "Story",
              "privacy-notice-2026-1",
              "my",
              LegalBasis.VITAL_INTEREST));
    } finally {
      TestSignIn.signOut();
    }
  }

  private String html(String path, Authentication who) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(authentication(who))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  private MockHttpServletResponse api(String path, Authentication who) throws Exception {
    return mvc.perform(get(path).with(authentication(who)).accept(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse();
  }

  private static JsonNode cell(JsonNode cells, String key) {
    for (JsonNode c : cells) {
      if (key.equals(c.get("key").asString())) {
        return c;
      }
    }
    throw new AssertionError("no cell " + key + " in " + cells);
  }
}
