package org.samakki.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.ClockControl;
import org.samakki.MutableClock;
import org.samakki.WebClient;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Accounts;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.accounts.UserChanges;
import org.samakki.audit.AuditQuery;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Signing in and staying signed in, over real HTTP: password rules, throttling, the second factor,
 * and sessions that end on the server when they should (ASVS V6, V7; DP-21).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockControl.class)
class SignInTests {

  static final String SESSION = "samakki-session";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MutableClock clock;
  @Autowired SecondFactor codes;
  @Autowired Accounts accounts;
  @Autowired AuditTrail audit;
  TestAccounts fixtures;

  @BeforeEach
  void setUp() {
    clock.reset();
    fixtures = new TestAccounts(context);
  }

  @AfterEach
  void tearDown() {
    clock.reset();
    TestSignIn.signOut();
  }

  @Test
  void anElevenCharacterPasswordAndACommonPasswordAreRefused() {
    TestUser user = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    WebClient browser = signedIn(user);
    HttpResponse<String> tooShort = changePassword(browser, "Elevenchars");
    assertThat(tooShort.statusCode()).isEqualTo(422);
    assertThat(tooShort.body()).contains("at least 12 characters");
    HttpResponse<String> listed = changePassword(browser, "qwerty123456");
    assertThat(listed.statusCode()).isEqualTo(422);
    assertThat(listed.body()).contains("too common");
    HttpResponse<String> padded = changePassword(browser, "sunshine2024!!");
    assertThat(padded.statusCode()).isEqualTo(422);
    assertThat(changePassword(browser, "a river of lanterns at dusk").statusCode()).isEqualTo(302);
  }

  @Test
  void theSeventhFailureInAMinuteAnswers429AndIsAudited() {
    // in the past, so that these failures do not throttle other tests from this address
    clock.set(Instant.now().minus(Duration.ofDays(30)));
    TestUser user = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    WebClient attacker = new WebClient(port);
    for (int i = 1; i <= 6; i++) {
      HttpResponse<String> failure = signIn(attacker, user.username(), "wrong password " + i);
      assertThat(failure.statusCode()).as("failure %d", i).isEqualTo(302);
      assertThat(failure.headers().firstValue("Location"))
          .get()
          .asString()
          .endsWith("/sign-in?error");
    }
    HttpResponse<String> seventh = signIn(attacker, user.username(), TestAccounts.PASSWORD);
    assertThat(seventh.statusCode()).isEqualTo(429);
    assertThat(seventh.body()).contains("Too many attempts");
    assertThat(
            audit.find(
                new AuditQuery(
                    null,
                    user.username(),
                    null,
                    null,
                    null,
                    "SIGN_IN_THROTTLED",
                    null,
                    null,
                    null,
                    5)))
        .isNotEmpty();
    clock.advance(Duration.ofMinutes(2));
    assertThat(signIn(attacker, user.username(), TestAccounts.PASSWORD).statusCode())
        .isEqualTo(302);
  }

  @Test
  void aRoleThatNeedsASecondFactorReachesNoDataWithAPasswordAlone() {
    TestUser officer = fixtures.user(fixtures.agency(AgencyType.GOVERNMENT), "administrator");
    WebClient browser = new WebClient(port);
    HttpResponse<String> password = signIn(browser, officer.username(), TestAccounts.PASSWORD);
    assertThat(password.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/sign-in/second-factor");
    HttpResponse<String> page = browser.get("/admin/users");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/sign-in/second-factor");
    HttpResponse<String> api = browser.getJson("/api/access/users");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).doesNotContain(officer.username());

    HttpResponse<String> wrong =
        browser.submit(
            "/sign-in/second-factor", "/sign-in/second-factor", Map.of("code", "000000"));
    assertThat(wrong.statusCode()).isEqualTo(422);
    browser.submit(
        "/sign-in/second-factor",
        "/sign-in/second-factor",
        Map.of("code", codes.currentCode(officer.totpSecret())));
    assertThat(browser.getJson("/api/access/users").statusCode()).isEqualTo(200);
  }

  @Test
  void signingInGivesANewSessionId() {
    TestUser user = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    WebClient browser = new WebClient(port);
    browser.get("/sign-in");
    String before = browser.cookie(SESSION).orElseThrow();
    signIn(browser, user.username(), TestAccounts.PASSWORD);
    assertThat(browser.cookie(SESSION)).isPresent().get().isNotEqualTo(before);
  }

  @Test
  void signingOutEndsTheSessionOnTheServer() {
    WebClient browser = signedIn(fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker"));
    String stolen = browser.cookie(SESSION).orElseThrow();
    assertThat(browser.submit("/account", "/sign-out", Map.of()).statusCode()).isEqualTo(302);
    assertThat(replay(stolen).get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void disablingAUserEndsTheirOpenSessionOnTheNextRequest() {
    TestUser user = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    WebClient browser = signedIn(user);
    String cookie = browser.cookie(SESSION).orElseThrow();
    TestSignIn.actAs(fixtures.user(user.agency(), "administrator"));
    accounts.disable(user.id(), "left the agency");
    assertThat(browser.get("/account").statusCode()).isEqualTo(401);
    assertThat(replay(cookie).get("/account").statusCode()).isEqualTo(401);
    assertThat(
            signIn(new WebClient(port), user.username(), TestAccounts.PASSWORD)
                .headers()
                .firstValue("Location"))
        .get()
        .asString()
        .endsWith("/sign-in?error");
  }

  @Test
  void changingAUsersRolesTakesEffectOnTheirNextRequest() {
    TestUser user = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    WebClient browser = signedIn(user);
    TestSignIn.actAs(fixtures.user(user.agency(), "administrator"));
    accounts.update(
        user.id(),
        new UserChanges(Set.of("roles"), null, null, Set.of("enumerator"), null, null, null, null));
    assertThat(browser.get("/account").statusCode()).isEqualTo(401);
    WebClient again = signedIn(user);
    assertThat(again.get("/account").body()).contains("Enumerator");
  }

  @Test
  void anIdleSessionEndsAfterThirtyMinutesAndEverySessionAfterTwelveHours() {
    TestUser user = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    WebClient idle = signedIn(user);
    clock.advance(Duration.ofMinutes(29));
    assertThat(idle.get("/account").statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(31));
    HttpResponse<String> ended = idle.get("/account");
    assertThat(ended.statusCode()).isEqualTo(401);
    assertThat(ended.body()).contains("You are signed out");

    WebClient busy = signedIn(user);
    for (int hour = 0; hour < 12; hour++) {
      for (int quarter = 0; quarter < 4; quarter++) {
        clock.advance(Duration.ofMinutes(15));
        if (hour < 11 || quarter < 3) {
          assertThat(busy.get("/account").statusCode()).isEqualTo(200);
        }
      }
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(busy.get("/account").statusCode()).isEqualTo(401);
  }

  @Test
  void anAdministratorsPasswordResetDoesNotBypassTheSecondFactor() {
    TestUser officer =
        fixtures.user(fixtures.agency(AgencyType.GOVERNMENT), "registration-officer");
    TestSignIn.actAs(fixtures.user(officer.agency(), "administrator"));
    String temporary = accounts.resetPassword(officer.id());
    WebClient browser = new WebClient(port);
    HttpResponse<String> password = signIn(browser, officer.username(), temporary);
    assertThat(password.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/sign-in/second-factor");
    assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    browser.submit(
        "/sign-in/second-factor",
        "/sign-in/second-factor",
        Map.of("code", codes.currentCode(officer.totpSecret())));
    HttpResponse<String> next = browser.get("/geo");
    assertThat(next.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/account/password");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndPersonalPagesAreNotCached() {
    WebClient browser = new WebClient(port);
    HttpResponse<String> page = browser.get("/sign-in");
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(SESSION))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
    TestUser admin = fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker");
    WebClient signedIn = signedIn(admin);
    HttpResponse<String> account = signedIn.get("/account");
    assertThat(account.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    assertThat(account.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("frame-ancestors 'none'");
  }

  @Test
  void aStateChangeWithoutTheFormsTokenIsRefused() {
    WebClient browser = signedIn(fixtures.user(fixtures.agency(AgencyType.NGO), "caseworker"));
    HttpResponse<String> forged =
        browser.post(
            "/account/password",
            Map.of("current", TestAccounts.PASSWORD, "password", "x", "confirmation", "x"));
    assertThat(forged.statusCode()).isEqualTo(403);
  }

  private WebClient signedIn(TestUser user) {
    WebClient browser = new WebClient(port);
    HttpResponse<String> response = signIn(browser, user.username(), TestAccounts.PASSWORD);
    assertThat(response.statusCode()).isEqualTo(302);
    if (user.totpSecret() != null) {
      browser.submit(
          "/sign-in/second-factor",
          "/sign-in/second-factor",
          Map.of("code", codes.currentCode(user.totpSecret())));
    }
    return browser;
  }

  private static HttpResponse<String> signIn(WebClient browser, String username, String password) {
    return browser.submit(
        "/sign-in", "/sign-in", Map.of("username", username, "password", password));
  }

  private static HttpResponse<String> changePassword(WebClient browser, String password) {
    return browser.submit(
        "/account/password",
        "/account/password",
        Map.of("current", TestAccounts.PASSWORD, "password", password, "confirmation", password));
  }

  private WebClient replay(String cookie) {
    WebClient attacker = new WebClient(port);
    attacker.replay(SESSION, cookie);
    return attacker;
  }
}
