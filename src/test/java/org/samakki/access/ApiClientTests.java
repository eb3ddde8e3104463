package org.samakki.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.ClockControl;
import org.samakki.MutableClock;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.sharing.SharingAdministration;
import org.samakki.access.signin.TestSignIn;
import org.samakki.audit.AuditEntry;
import org.samakki.audit.AuditQuery;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Other systems reach data only through a client bound to an agency, a purpose and a registered
 * data-sharing agreement in force (DP-17); they are throttled and audited like users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockControl.class)
class ApiClientTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MutableClock clock;
  @Autowired SharingAdministration sharing;
  @Autowired AuditTrail audit;
  final HttpClient http = HttpClient.newHttpClient();
  TestAccounts fixtures;
  Agency agency;

  @BeforeEach
  void setUp() {
    clock.reset();
    fixtures = new TestAccounts(context);
    agency = fixtures.agency(AgencyType.UN_AGENCY);
    TestSignIn.actAs(
        fixtures.user(fixtures.agency(AgencyType.GOVERNMENT), "platform-administrator"));
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void aClientUnderAnAgreementInForceReadsAndEveryShareCarriesTheAgreement() throws Exception {
    String code = "DSA-" + suffix();
    String token =
        client(
            code,
            LocalDate.now(clock).minusDays(1),
            LocalDate.now(clock).plusYears(1),
            "administration");
    HttpResponse<String> users = get("/api/access/users", token);
    assertThat(users.statusCode()).isEqualTo(200);
    List<AuditEntry> shares =
        audit.find(
            new AuditQuery(null, null, agency.id(), "user", null, "LIST", null, null, null, 5));
    assertThat(shares)
        .first()
        .satisfies(
            e -> {
              assertThat(e.agreement()).isEqualTo(code);
              assertThat(e.actorName()).startsWith("api:");
              assertThat(e.purpose()).isEqualTo("administration");
            });
  }

  @Test
  void aClientWithoutAnAgreementInForceIsRefusedAndAudited() throws Exception {
    String token =
        client(
            "DSA-" + suffix(),
            LocalDate.now(clock).minusYears(2),
            LocalDate.now(clock).minusYears(1),
            "administration");
    assertThat(get("/api/access/users", token).statusCode()).isEqualTo(403);
    assertThat(
            audit.find(
                new AuditQuery(
                    null, null, agency.id(), null, null, "API_NO_AGREEMENT", null, null, null, 5)))
        .isNotEmpty();
  }

  @Test
  void aClientActsOnlyForItsOwnPurpose() throws Exception {
    String token =
        client(
            "DSA-" + suffix(),
            LocalDate.now(clock),
            LocalDate.now(clock).plusDays(30),
            "reference");
    assertThat(get("/api/geo/areas/63", token).statusCode()).isEqualTo(200);
    assertThat(get("/api/access/users", token).statusCode()).isEqualTo(403);
  }

  @Test
  void aRevokedOrForgedTokenIsNotAccepted() throws Exception {
    String token =
        client(
            "DSA-" + suffix(),
            LocalDate.now(clock),
            LocalDate.now(clock).plusDays(30),
            "administration");
    String forged = token.substring(0, token.length() - 4) + "AAAA";
    assertThat(get("/api/access/users", forged).statusCode()).isEqualTo(401);
    assertThat(get("/api/access/users", "smk_nonsense").statusCode()).isEqualTo(401);
    UUID id =
        sharing.clients().stream()
            .filter(c -> token.contains(c.id().toString().replace("-", "")))
            .findFirst()
            .orElseThrow()
            .id();
    sharing.revoke(id);
    assertThat(get("/api/access/users", token).statusCode()).isEqualTo(401);
  }

  @Test
  void aClientIsThrottledPerMinute() throws Exception {
    String token =
        client(
            "DSA-" + suffix(),
            LocalDate.now(clock),
            LocalDate.now(clock).plusDays(30),
            "reference");
    int last = 0;
    for (int i = 0; i < 601; i++) {
      last = get("/api/geo/areas/63", token).statusCode();
    }
    assertThat(last).isEqualTo(429);
    clock.advance(java.time.Duration.ofMinutes(1));
    assertThat(get("/api/geo/areas/63", token).statusCode()).isEqualTo(200);
  }

  private String client(String code, LocalDate from, LocalDate to, String purpose) {
    UUID agreement =
        sharing.registerAgreement(
            code,
            "Monthly statistics for " + code,
            Set.of(agency.id()),
            List.of(purpose),
            List.of("staff identity"),
            from,
            to);
    String role = purpose.equals("reference") ? "analyst" : "administrator";
    return sharing.createClient(agency.id(), "client " + code, role, purpose, agreement);
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
