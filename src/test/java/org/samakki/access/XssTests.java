package org.samakki.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.samakki.Browser;
import org.samakki.WebClient;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.SecondFactor;
import org.samakki.access.signin.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An XSS payload corpus entered in every free-text field of the administration pages executes
 * nothing when those pages are rendered in a real browser: no dialog, no injected element.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class XssTests {

  static final List<String> CORPUS =
      List.of(
          "<script>alert('x1')</script>",
          "\"><img src=x onerror=alert('x2')>",
          "'><svg onload=alert('x3')>",
          "javascript:alert('x4')//",
          "<iframe src=javascript:alert('x5')>",
          "<body onload=alert('x6')>",
          "<a href=javascript:alert('x7')>click me</a>",
          "[[${7*7}]] __${7*7}__ #{7*7} *{7*7}",
          "<details open ontoggle=alert('x8')>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert('x9')>",
          "\u202e<script>alert('x10')</script>",
          "</textarea><script>alert('x11')</script>",
          "<input autofocus onfocus=alert('x12')>",
          "{{constructor.constructor('alert(13)')()}}",
          "<style>@import 'http://evil.example/x.css';</style>",
          "<object data=javascript:alert('x14')>",
          "<div hx-get=/sign-out hx-trigger=load>htmx</div>");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SecondFactor codes;

  @Test
  void noPayloadEnteredInAnAdministrationPageExecutesWhenRendered() {
    TestAccounts fixtures = new TestAccounts(context);
    Agency operations = fixtures.agency(AgencyType.GOVERNMENT);
    TestUser platform = fixtures.user(operations, "platform-administrator", "administrator");
    TestUser dpo = fixtures.user(operations, "data-protection-officer");
    TestUser supervisor = fixtures.user(operations, "supervisor");
    WebClient admin = signedIn(platform);
    WebClient emergency = signedIn(supervisor);
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < CORPUS.size(); i++) {
      String payload = CORPUS.get(i);
      String code = "X" + i + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
      HttpResponse<String> agency =
          admin.submit(
              "/admin/agencies",
              "/admin/agencies",
              Map.of("code", code, "name", payload, "type", "NGO"));
      assertThat(agency.statusCode()).as(payload).isEqualTo(302);
      String agencyPath =
          agency.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
      pages.add(agencyPath);
      HttpResponse<String> user =
          admin.submit(
              "/admin/users/new",
              "/admin/users",
              Map.of(
                  "agencyId",
                  operations.id().toString(),
                  "username",
                  "x" + i + "-" + code.toLowerCase(),
                  "displayName",
                  payload,
                  "roles",
                  "caseworker"));
      assertThat(user.statusCode()).as(payload).isEqualTo(302);
      String userPath =
          user.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
      admin.submit(userPath, userPath + "/disable", Map.of("reason", payload));
      pages.add(userPath);
      HttpResponse<String> registered =
          admin.submit(
              "/admin/agreements",
              "/admin/agreements",
              Map.of(
                  "code",
                  "DSA-" + code,
                  "title",
                  payload,
                  "agencyIds",
                  operations.id().toString(),
                  "purposes",
                  "administration",
                  "dataCategories",
                  payload,
                  "validFrom",
                  LocalDate.now().toString(),
                  "validTo",
                  LocalDate.now().plusYears(1).toString()));
      assertThat(registered.statusCode()).as(payload).isEqualTo(302);
      emergency.submit(
          "/break-glass",
          "/break-glass",
          Map.of(
              "resource",
              "user",
              "record",
              userPath.substring(userPath.lastIndexOf('/') + 1),
              "reason",
              "emergency " + payload));
    }
    pages.addAll(
        List.of("/admin/agencies", "/admin/users", "/admin/agreements", "/admin/sessions"));

    try (Browser.Session session = Browser.shared().open("http://localhost:" + port)) {
      Page page = session.page();
      List<String> dialogs = new CopyOnWriteArrayList<>();
      page.onDialog(
          d -> {
            dialogs.add(d.message());
            d.dismiss();
          });
      signIn(page, platform);
      for (String path : pages) {
        page.navigate(path);
        page.waitForLoadState();
        assertNothingInjected(page, path);
      }
      page.navigate("/admin/agencies");
      assertThat(page.locator("table.data").textContent()).contains("<script>alert('x1')</script>");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

      signIn(page, dpo);
      page.navigate("/audit");
      page.waitForLoadState();
      assertNothingInjected(page, "/audit");
      assertThat(page.locator("table.data").textContent())
          .contains("emergency \"><img src=x onerror=alert('x2')>");
      assertThat(dialogs).isEmpty();
    }
  }

  private static void assertNothingInjected(Page page, String path) {
    Object injected =
        page.evaluate(
            "() => document.querySelectorAll('main img:not(.qr), main svg, main iframe, main object,"
                + " main details, main math, main input[autofocus], main [hx-trigger=load],"
                + " main style, main a[href^=\"javascript\"]').length"
                + " + document.querySelectorAll('script:not([src])').length");
    assertThat(((Number) injected).intValue()).as("elements injected into " + path).isZero();
  }

  private void signIn(Page page, TestUser user) {
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(user.username());
    page.getByLabel("Password").fill(TestAccounts.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    if (user.totpSecret() != null) {
      page.getByLabel("Code").fill(codes.currentCode(user.totpSecret()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
    }
    page.waitForLoadState();
  }

  private WebClient signedIn(TestUser user) {
    return TestSignIn.browser(port, user, codes);
  }
}
