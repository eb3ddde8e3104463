package org.samakki.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.samakki.Browser;
import org.samakki.access.DemoUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader switches language and calendar in a real browser that talks to no one else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellBrowserTests {

  @LocalServerPort int port;

  @Test
  void readerSwitchesToThaiThenBurmeseThenTheBuddhistEraAndNothingLeavesTheServer() {
    String origin = "http://localhost:" + port;
    try (Browser.Session session = Browser.shared().open(origin)) {
      Page page = session.page();
      signIn(page);
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Welcome to Samakki");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ไทย")).click();
      assertThat(page.locator("h1")).hasText("ยินดีต้อนรับสู่ Samakki");
      assertThat(page.locator("html")).hasAttribute("lang", "th");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("မြန်မာ")).click();
      assertThat(page.locator("h1")).hasText("Samakki မှ ကြိုဆိုပါသည်");
      assertThat(page.locator("html")).hasAttribute("lang", "my");

      int year = LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ခရစ်နှစ်")).click();
      assertThat(page.locator(".today")).containsText(Integer.toString(year));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ထိုင်း ဗုဒ္ဓနှစ်"))
          .click();
      assertThat(page.locator(".today")).containsText(Integer.toString(year + 543));

      page.navigate("/geo"); // the choice is remembered on the next page
      assertThat(page.locator("h1")).hasText("နေရာများ");
      page.waitForLoadState();

      assertThat(session.requests()).isNotEmpty().allMatch(url -> url.startsWith(origin + "/"));
      assertThat(session.requests()).anyMatch(url -> url.contains("/fonts/"));
    }
  }

  /** Signs in as the demo caseworker, whose agency needs no second factor. */
  private static void signIn(Page page) {
    DemoUsers.Credentials user = DemoUsers.of("caseworker");
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(user.username());
    page.getByLabel("Password").fill(user.password());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForURL("**/");
  }

  @Test
  void anOfficerFindsMaeSotWithTheAreaPickerAndOpensIt() {
    try (Browser.Session session = Browser.shared().open("http://localhost:" + port)) {
      Page page = session.page();
      signIn(page);
      page.navigate("/geo");
      page.waitForFunction("() => typeof window.htmx === 'object'");
      page.getByLabel("Find a province, district or subdistrict").pressSequentially("mae sot");
      page.getByRole(AriaRole.OPTION).first().waitFor();
      assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("Mae Sot");
      page.keyboard().press("ArrowDown");
      page.keyboard().press("Enter");
      assertThat(page.locator("[data-area-value]")).hasValue("6306");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
      assertThat(page.locator("h1")).containsText("Mae Sot");
      assertThat(page.locator(".facts")).containsText("TH6306");
      assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("TH630601")))
          .isVisible();
    }
  }
}
