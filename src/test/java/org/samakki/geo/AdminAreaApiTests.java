package org.samakki.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.WebClient;
import org.samakki.access.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The geography API answers with both names and both codes, from the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminAreaApiTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  final JsonMapper json = JsonMapper.builder().build();
  WebClient officer;

  @BeforeEach
  void signIn() {
    officer = new WebClient(port);
    DemoUsers.Credentials user = DemoUsers.of("caseworker");
    officer.submit(
        "/sign-in", "/sign-in", Map.of("username", user.username(), "password", user.password()));
  }

  @Test
  void returnsTakItsDistrictMaeSotAndASubdistrictOfIt() {
    JsonNode tak = get("/api/geo/areas/63");
    assertThat(tak.get("nameEn").asString()).isEqualTo("Tak");
    assertThat(tak.get("nameTh").asString()).isEqualTo("ตาก");
    assertThat(tak.get("pcode").asString()).isEqualTo("TH63");

    JsonNode districts = get("/api/geo/areas/63/children");
    JsonNode maeSot = find(districts, "6306");
    assertThat(maeSot.get("nameEn").asString()).isEqualTo("Mae Sot");
    assertThat(maeSot.get("nameTh").asString()).isEqualTo("แม่สอด");
    assertThat(maeSot.get("pcode").asString()).isEqualTo("TH6306");

    JsonNode subdistrict = find(get("/api/geo/areas/6306/children"), "630604");
    assertThat(subdistrict.get("nameEn").asString()).isEqualTo("Mae Tao");
    assertThat(subdistrict.get("nameTh").asString()).isEqualTo("แม่ตาว");
    assertThat(subdistrict.get("pcode").asString()).isEqualTo("TH630604");
    assertThat(subdistrict.get("parentCode").asString()).isEqualTo("6306");
  }

  @Test
  void searchFindsADistrictByName() {
    JsonNode found = get("/api/geo/areas?q=mae+sot&level=DISTRICT");
    assertThat(found.get(0).get("code").asString()).isEqualTo("6306");
  }

  @Test
  void anUnknownCodeAnswers404WithAnExplanationInTheReadersLanguage() {
    officer.replay("samakki-lang", "th");
    var response = officer.getJson("/api/geo/areas/99");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("ไม่มีจังหวัด").contains("99").doesNotContain("Exception");
  }

  @Test
  void theDatabaseCopyOfTheAreasJoinsOnCodes() {
    assertThat(
            jdbc.sql("select name_en from geo.admin_area where pcode = 'TH630601'")
                .query(String.class)
                .single())
        .isEqualTo("Mae Sot");
    assertThat(jdbc.sql("select count(*) from geo.admin_area").query(Integer.class).single())
        .isEqualTo(8441);
  }

  private JsonNode get(String path) {
    var response = officer.getJson(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode find(JsonNode areas, String code) {
    for (JsonNode area : areas) {
      if (area.get("code").asString().equals(code)) {
        return area;
      }
    }
    throw new AssertionError("No area " + code + " in " + areas);
  }
}
