package org.samakki.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's REST API: status as of any day in either era, the same field policy as the pages,
 * problems explained as problem documents, and an OpenAPI description.
 */
@SpringBootTest
class RegistryApiTests {

  @Autowired WebApplicationContext context;
  @TempDir Path folder;
  final JsonMapper json = JsonMapper.builder().build();
  MockMvc mvc;
  TestAccounts accounts;
  RegistryFixtures fixtures;
  Agency office;
  Authentication officer;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    accounts = new TestAccounts(context);
    fixtures = new RegistryFixtures(context);
    office = accounts.agency(AgencyType.GOVERNMENT);
    officer = TestSignIn.as(accounts.user(office, "registration-officer"));
  }

  @Test
  void theStatusOnAnyDayComesWithItsReasonsAndNextDeadline() throws Exception {
    LocalDate start = LocalDate.of(2024, 3, 1);
    LocalDate end = LocalDate.of(2026, 2, 28);
    Row worker =
        RegistryFixtures.worker()
            .with("contract_start", start.toString())
            .with("work_permit_start", start.toString())
            .with("health_check_date", start.toString())
            .with("contract_end", end.toString())
            .with("work_permit_end", end.toString())
            .with("stay_permit_end", end.toString())
            .with("social_security_end", end.toString());
    fixtures.load(folder, office.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    String path = "/api/registry/persons/" + id + "/status?asOf=";

    JsonNode regular = body(call(get(path + "2025-03-01"), officer, 200));
    assertThat(regular.get("status").asString()).isEqualTo("REGULAR");
    assertThat(regular.get("nextDeadline").asString()).isEqualTo("2026-02-28");

    JsonNode expiring = body(call(get(path + "2569-01-15"), officer, 200));
    assertThat(expiring.get("asOf").asString()).isEqualTo("2026-01-15");
    assertThat(expiring.get("status").asString()).isEqualTo("EXPIRING");

    JsonNode irregular = body(call(get(path + "2026-04-01"), officer, 200));
    assertThat(irregular.get("status").asString()).isEqualTo("IRREGULAR");
    assertThat(irregular.get("reasons").toString()).contains("WORK_PERMIT_EXPIRED");

    JsonNode problem = body(call(get(path + "1st of March"), officer, 422));
    assertThat(problem.get("code").asString()).isEqualTo("registry.date.invalid");
    assertThat(problem.get("detail").asString()).contains("YYYY-MM-DD");
  }

  @Test
  void aProtectionCaseworkerSeesWhoAPersonIsButNotTheirRegistrations() throws Exception {
    Row worker = RegistryFixtures.worker();
    fixtures.load(folder, office.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    Authentication caseworker =
        TestSignIn.as(accounts.user(accounts.agency(AgencyType.NGO), "caseworker"));
    JsonNode person = body(call(get("/api/registry/persons/" + id), caseworker, 200));
    assertThat(person.has("givenName")).isTrue();
    assertThat(person.has("phone")).isFalse();
    assertThat(person.has("areaCode")).isFalse();
    call(get("/api/registry/persons/" + id + "/registrations"), caseworker, 403);
    call(get("/api/registry/persons/" + id + "/status-history"), caseworker, 403);
    assertThat(body(call(get("/api/registry/persons/" + id + "/registrations"), officer, 200)))
        .hasSize(1);
  }

  @Test
  void searchAndWorklistsAnswerInJson() throws Exception {
    String end = LocalDate.now().plusDays(12).format(DateTimeFormatter.ISO_LOCAL_DATE);
    Row worker =
        RegistryFixtures.worker()
            .with("family_name", "Zawtun" + System.nanoTime() % 100000)
            .with("work_permit_end", end)
            .with("contract_end", end)
            .with("stay_permit_end", end)
            .with("social_security_end", end);
    fixtures.load(folder, office.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    JsonNode found =
        body(
            call(
                post("/api/registry/search")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"" + worker.get("family_name") + "\"}"),
                officer,
                200));
    assertThat(found.toString()).contains("\"id\":\"" + id + "\"");
    JsonNode expiring =
        body(call(get("/api/registry/worklists/expiring?days=14&nationality=MMR"), officer, 200));
    assertThat(expiring.toString()).contains("\"personId\":" + id);
    call(get("/api/registry/worklists/irregular?reason=BAD_REASON"), officer, 422);
  }

  @Test
  void theOpenApiDescriptionListsTheRegistryApi() throws Exception {
    String description = call(get("/v3/api-docs"), officer, 200).getResponse().getContentAsString();
    assertThat(description)
        .contains("/api/registry/persons/{id}/status")
        .contains("/api/registry/worklists/expiring")
        .contains("/api/registry/search");
  }

  private MvcResult call(MockHttpServletRequestBuilder request, Authentication who, int status)
      throws Exception {
    MvcResult result =
        mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(authentication(who)))
            .andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return result;
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(
        result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
