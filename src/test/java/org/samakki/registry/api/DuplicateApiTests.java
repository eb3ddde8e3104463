package org.samakki.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.duplicates.DuplicateFixtures;
import org.samakki.registry.duplicates.DuplicateFixtures.Pair;
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
 * Identity resolution through the API: matching a form before it is saved returns the person
 * already registered with the per-field weights; a flagged pair carries its explanation; merge and
 * undo work as on the pages; bad input is a problem document, never a stack trace.
 */
@SpringBootTest
class DuplicateApiTests {

  @Autowired WebApplicationContext context;
  @TempDir Path folder;
  final JsonMapper json = JsonMapper.builder().build();
  MockMvc mvc;
  Authentication officer;
  Pair pair;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    TestAccounts accounts = new TestAccounts(context);
    Agency office = accounts.agency(AgencyType.GOVERNMENT);
    officer =
        TestSignIn.as(
            accounts.user(
                office, DuplicateFixtures.PROVINCE, (java.util.UUID) null, "registration-officer"));
    pair = new DuplicateFixtures(context).registeredTwice(folder, office.id());
  }

  @Test
  void aFormIsMatchedBeforeItIsSavedWithTheWeightsOfEachField() throws Exception {
    String probe =
        json.writeValueAsString(
            java.util.Map.of(
                "givenName",
                pair.first().get("given_name"),
                "familyName",
                pair.first().get("family_name"),
                "sex",
                "F",
                "birthDate",
                pair.first().get("birth_date"),
                "nationality",
                "MMR",
                "provinceCode",
                "50"));

    JsonNode matches = body(call(json(post("/api/registry/persons/match"), probe), 200));

    assertThat(matches.size()).isGreaterThanOrEqualTo(2);
    // both records of the person come first, whoever else has a similar name
    assertThat(
            java.util.List.of(
                matches.get(0).get("person").get("id").asString(),
                matches.get(1).get("person").get("id").asString()))
        .containsExactlyInAnyOrder(Long.toString(pair.personA()), Long.toString(pair.personB()));
    JsonNode best = matches.get(0);
    assertThat(best.get("probability").asDouble())
        .isGreaterThan(matches.get(matches.size() - 1).get("probability").asDouble() - 1e-9)
        .isPositive();
    assertThat(best.get("explanation").get("fields").findValuesAsString("field"))
        .contains("name", "birth_date", "document");
  }

  @Test
  void aPairCarriesItsExplanationAndIsMergedAndUndoneThroughTheApi() throws Exception {
    JsonNode flag = body(call(get("/api/registry/duplicates/" + pair.flagId()), 200));
    assertThat(flag.get("state").asString()).isEqualTo("OPEN");
    assertThat(flag.get("explanation").get("priorWeight").asDouble()).isNegative();

    JsonNode merged =
        body(
            call(
                json(
                    post("/api/registry/duplicates/" + pair.flagId() + "/merge"),
                    "{\"survivor\": " + pair.personB() + "}"),
                200));
    long merge = merged.get("mergeId").asLong();
    JsonNode again = body(call(get("/api/registry/duplicates/" + pair.flagId()), 200));
    assertThat(again.get("state").asString()).isEqualTo("MERGED");

    JsonNode undone = body(call(post("/api/registry/merges/" + merge + "/undo"), 200));
    assertThat(undone.get("mergedId").asLong()).isEqualTo(pair.personA());
  }

  @Test
  void badInputIsExplainedInTheCallersLanguage() throws Exception {
    JsonNode noName =
        body(call(json(post("/api/registry/persons/match"), "{\"sex\": \"F\"}"), 422));
    assertThat(noName.get("code").asString()).isEqualTo("registry.match.name.required");

    JsonNode wrongSurvivor =
        body(
            call(
                json(
                        post("/api/registry/duplicates/" + pair.flagId() + "/merge"),
                        "{\"survivor\": 1}")
                    .header("Accept-Language", "th"),
                422));
    assertThat(wrongSurvivor.get("code").asString())
        .isEqualTo("registry.duplicates.survivor.invalid");
    assertThat(wrongSurvivor.get("detail").asString()).doesNotContain("Exception").isNotBlank();
    assertThat(wrongSurvivor.get("detail").asString()).doesNotStartWith("Choose");
  }

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private MvcResult call(MockHttpServletRequestBuilder request, int status) throws Exception {
    MvcResult result =
        mvc.perform(
                request
                    .accept(MediaType.APPLICATION_JSON)
                    .with(csrf())
                    .with(authentication(officer)))
            .andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return result;
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
