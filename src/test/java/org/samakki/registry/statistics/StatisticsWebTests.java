package org.samakki.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics page and API through the whole web stack: who may open them, the figures they
 * show, the map of all 77 provinces, chart data for the script, and nothing from another origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsWebTests {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  final JsonMapper json = JsonMapper.builder().build();
  MockMvc mvc;
  Authentication analyst;
  Authentication caseworker;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    TestAccounts accounts = new TestAccounts(context);
    analyst = TestSignIn.as(accounts.user(accounts.agency(AgencyType.NGO), "analyst"));
    caseworker = TestSignIn.as(accounts.user(accounts.agency(AgencyType.NGO), "caseworker"));
    removeTestWorkers();
    SeededWorkers.seed(jdbc, LocalDate.now(clock));
  }

  @AfterEach
  void tearDown() {
    removeTestWorkers();
  }

  @Test
  void anAnalystReadsTheFiguresAsJsonWithSmallCellsSuppressed() throws Exception {
    MockHttpServletResponse reply = api("/api/registry/statistics?nationality=XSA", analyst);

    assertThat(reply.getStatus()).isEqualTo(200);
    JsonNode figures = json.readTree(reply.getContentAsString());
    assertThat(figures.at("/total/workers").asLong()).isEqualTo(13);
    assertThat(figures.at("/minimumCell").asInt()).isEqualTo(5);
    assertThat(figures.at("/asOf").asString()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(figures.at("/filter/nationality").asString()).isEqualTo("XSA");
    JsonNode permit = find(figures.get("irregularByReason"), "WORK_PERMIT_EXPIRED");
    assertThat(permit.get("workers").isNull()).isTrue();
    assertThat(permit.get("suppressed").asBoolean()).isTrue();
    assertThat(find(figures.get("byProvince"), "74").get("workers").asLong()).isEqualTo(7);
    assertThat(figures.get("expiringByMonth")).hasSize(12);
    assertThat(figures.get("becameIrregularByMonth")).hasSize(12);
  }

  @Test
  void theApiIsDescribedInTheOpenApiDocument() throws Exception {
    MockHttpServletResponse reply = api("/v3/api-docs", analyst);

    assertThat(reply.getStatus()).isEqualTo(200);
    JsonNode document = json.readTree(reply.getContentAsString());
    JsonNode operation = document.at("/paths/~1api~1registry~1statistics/get");
    assertThat(operation.get("summary").asString()).contains("Registered migrant workers");
    assertThat(operation.get("parameters").findValuesAsString("name"))
        .containsExactly("province", "nationality");
    assertThat(document.at("/components/schemas/Figures/properties").propertyNames())
        .contains("asOf", "total", "byNationality", "becameIrregularByMonth");
    assertThat(document.at("/components/schemas/Cell/properties").propertyNames())
        .contains("key", "workers", "suppressed");
  }

  @Test
  void aCaseworkerMayOpenNeitherThePageNorTheApi() throws Exception {
    assertThat(api("/api/registry/statistics", caseworker).getStatus()).isEqualTo(403);
    assertThat(page("/registry/statistics", caseworker, "en").getStatus()).isEqualTo(403);
    assertThat(page("/registry/statistics", analyst, "en").getStatus()).isEqualTo(200);
  }

  @Test
  void aMalformedFilterIsABadRequest() throws Exception {
    MockHttpServletResponse reply = api("/api/registry/statistics?province=Tak", analyst);
    assertThat(reply.getStatus()).isEqualTo(400);
    assertThat(reply.getContentAsString()).contains("two-digit DOPA code").doesNotContain("Tak");
    assertThat(page("/registry/statistics?nationality=M", analyst, "en").getStatus())
        .isEqualTo(400);
  }

  @Test
  void thePageDrawsEveryProvinceWithItsFigureAndATableForEachChart() throws Exception {
    String html = page("/registry/statistics?nationality=XSA", analyst, "en").getContentAsString();

    assertThat(count(html, "<path d=\"M")).isEqualTo(77);
    assertThat(count(html, "data-province=\"")).isEqualTo(77);
    assertThat(count(html, "data-province-row=\"")).isEqualTo(77);
    assertThat(html).contains("<title>Samut Sakhon: 7</title>", "<title>Tak: 6</title>");
    assertThat(html).contains("<title>Bangkok: 0</title>");
    assertThat(count(html, "data-chart=\"")).isEqualTo(7);
    assertThat(count(html, "<table class=\"data\">")).isEqualTo(8);
    assertThat(html).contains("data-total>13<", "&lt;5", "As of ", "CC BY 4.0");
    assertThat(html)
        .contains("&quot;labels&quot;:[&quot;Seafood processing&quot;,&quot;Agriculture&quot;]");
    assertThat(html).contains("/webjars/chart.js/dist/chart.umd.js", "/js/statistics.js");
  }

  @Test
  void thePageLoadsNothingFromAnotherOriginAndHasNoInlineScriptOrStyle() throws Exception {
    String html = page("/registry/statistics", analyst, "en").getContentAsString();

    assertThat(Pattern.compile("(?:src|href|action)=\"(?:[a-z]+:)?//").matcher(html).find())
        .isFalse();
    assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find()).isFalse();
    assertThat(html).doesNotContain(" style=", "<style", " onclick=", " onload=");
  }

  @Test
  void thePageSpeaksTheReadersLanguage() throws Exception {
    String thai = page("/registry/statistics", analyst, "th").getContentAsString();
    assertThat(thai).contains("แรงงานข้ามชาติที่ขึ้นทะเบียน", "<title>ตาก: ");
    String burmese = page("/registry/statistics", analyst, "my").getContentAsString();
    assertThat(burmese).contains("မှတ်ပုံတင်ထားသော ရွှေ့ပြောင်းအလုပ်သမားများ");
  }

  @Test
  void monthsAndTheDateAreShownInTheReadersCalendar() throws Exception {
    LocalDate today = LocalDate.now(clock);
    String buddhist =
        mvc.perform(
                get("/registry/statistics")
                    .accept(MediaType.TEXT_HTML)
                    .cookie(
                        new Cookie("samakki-lang", "en"),
                        new Cookie("samakki-calendar", "buddhist"))
                    .with(authentication(analyst)))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    String year = Integer.toString(today.getYear() + 543);
    assertThat(buddhist).contains("As of " + today.getDayOfMonth() + " ").contains(year + ".");
    assertThat(buddhist).contains(" " + year + "&quot;");
    assertThat(buddhist).doesNotContain(" " + today.getYear() + "&quot;");
  }

  private MockHttpServletResponse api(String path, Authentication who) throws Exception {
    return mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(authentication(who)))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse page(String path, Authentication who, String language)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                get(path)
                    .accept(MediaType.TEXT_HTML)
                    .cookie(new Cookie("samakki-lang", language))
                    .with(authentication(who)))
            .andReturn()
            .getResponse();
    response.setCharacterEncoding("UTF-8");
    return response;
  }

  private static JsonNode find(JsonNode cells, String key) {
    for (JsonNode cell : cells) {
      if (key.equals(cell.get("key").asString())) {
        return cell;
      }
    }
    throw new AssertionError("No cell " + key + " in " + cells);
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private void removeTestWorkers() {
    jdbc.sql("delete from registry.status_period where person_id between ? and ?")
        .params(RegistryStatisticsTests.FIRST, RegistryStatisticsTests.LAST)
        .update();
    jdbc.sql("delete from registry.worker_status where person_id between ? and ?")
        .params(RegistryStatisticsTests.FIRST, RegistryStatisticsTests.LAST)
        .update();
  }
}
