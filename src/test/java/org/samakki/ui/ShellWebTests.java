package org.samakki.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samakki.WebClient;
import org.samakki.access.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shell over real HTTP: headers, error pages, language switch, operations endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellWebTests {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  final HttpClient http = HttpClient.newHttpClient();

  /** A demo caseworker's browser session, for the pages that need a signed-in user. */
  private WebClient caseworker() {
    WebClient browser = new WebClient(port);
    DemoUsers.Credentials user = DemoUsers.of("caseworker");
    browser.submit(
        "/sign-in", "/sign-in", Map.of("username", user.username(), "password", user.password()));
    return browser;
  }

  @Test
  void everyPageCarriesAStrictContentSecurityPolicyAndARequestId() throws Exception {
    HttpResponse<String> home = caseworker().get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'");
    assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(home.headers().firstValue("X-Request-Id")).get().asString().hasSize(16);
  }

  @Test
  void aMissingPageIsExplainedInTheReadersLanguageWithoutAStackTrace() throws Exception {
    WebClient thai = caseworker();
    thai.replay("samakki-lang", "th");
    HttpResponse<String> page = thai.get("/geo/areas/99");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("ไม่พบหน้าที่ต้องการ").contains("lang=\"th\"");
    assertThat(page.body()).doesNotContain("Exception", "at org.", "Whitelabel");
    String requestId = page.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(page.body()).contains(requestId);
  }

  @Test
  void aMalformedRequestIsExplainedToo() throws Exception {
    WebClient vietnamese = caseworker();
    vietnamese.replay("samakki-lang", "vi");
    HttpResponse<String> page = vietnamese.get("/geo/typeahead?q=mae&level=VILLAGE");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Không thể hiểu yêu cầu").doesNotContain("Exception");
  }

  @Test
  void anApiClientGetsTheExplanationAsJsonInItsLanguage() throws Exception {
    WebClient khmer = caseworker();
    khmer.replay("samakki-lang", "km");
    HttpResponse<String> reply = khmer.getJson("/api/geo/areas?q=x&level=VILLAGE");
    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body())
        .contains("\"title\":\"មិនអាចយល់សំណើបានទេ\"")
        .contains("\"requestId\"")
        .doesNotContain("trace", "Exception");
  }

  @Test
  void aForgedRequestIdCannotInjectLogLines() throws Exception {
    HttpRequest forged =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
            .header("X-Request-Id", "abc\tFAKE LOG LINE")
            .build();
    HttpResponse<String> reply = http.send(forged, HttpResponse.BodyHandlers.ofString());
    assertThat(reply.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");

    HttpRequest traced =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
            .header("X-Request-Id", "proxy-trace-1234")
            .build();
    assertThat(
            http.send(traced, HttpResponse.BodyHandlers.ofString())
                .headers()
                .firstValue("X-Request-Id"))
        .contains("proxy-trace-1234");
  }

  @Test
  void changingTheLanguageWithoutTheFormsTokenIsRefused() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/preferences"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("lang=th"))
            .build();
    assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
  }

  @Test
  void noSessionIdEverAppearsInALink() throws Exception {
    assertThat(get("/sign-in", "en").body()).doesNotContain("jsessionid");
    assertThat(caseworker().get("/geo").body()).doesNotContain("jsessionid");
  }

  @Test
  void healthAndMetricsAnswerOnTheManagementPortOnly() throws Exception {
    HttpResponse<String> health = getFrom(managementPort, "/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(getFrom(managementPort, "/actuator/prometheus").body())
        .contains("jvm_memory_used_bytes");
    HttpResponse<String> onMainPort = get("/actuator/health", "en");
    assertThat(onMainPort.statusCode()).isNotEqualTo(200);
    assertThat(onMainPort.body()).doesNotContain("\"status\":\"UP\"");
  }

  private HttpResponse<String> get(String path, String language) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html")
            .header("Accept-Language", language)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> getFrom(int onPort, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
