package org.samakki.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samakki.Browser;
import org.samakki.ClockControl;
import org.samakki.MutableClock;
import org.samakki.access.signin.SecondFactor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Demo users signing in in a real browser: the second factor, their own menu, the idle timeout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockControl.class)
class AccessBrowserTests {

  @LocalServerPort int port;
  @Autowired SecondFactor codes;
  @Autowired MutableClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void theDemoAdministratorSignsInWithTheSecondFactorAndSeesOnlyWhatTheRoleAllows() {
    try (Browser.Session session = Browser.shared().open(origin())) {
      Page page = session.page();
      DemoUsers.Credentials admin = DemoUsers.of("administrator");
      signIn(page, admin);
      assertThat(page).hasURL(origin() + "/sign-in/second-factor");
      page.getByLabel("Code").fill(codes.currentCode(admin.totpSecret().orElseThrow()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();

      assertThat(page.locator(".main-nav")).containsText("Administration");
      assertThat(page.locator(".main-nav")).not().containsText("Audit trail");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
      assertThat(page.locator(".cards")).containsText("Users");
      assertThat(page.locator(".cards")).containsText("Roles and rights");
      assertThat(page.locator(".cards")).not().containsText("API clients");
      assertThat(page.locator(".cards")).not().containsText("Agencies");
      page.locator(".cards").getByText("Users").click();
      assertThat(page.locator("table.data")).containsText("demo-caseworker");
      assertThat(page.locator("table.data")).not().containsText("demo-analyst");
      assertThat(page.locator(".demo-banner")).isVisible();
    }
  }

  @Test
  void aCaseworkerSeesNoAdministrationAndIsSignedOutAfterThirtyIdleMinutes() {
    try (Browser.Session session = Browser.shared().open(origin())) {
      Page page = session.page();
      signIn(page, DemoUsers.of("caseworker"));
      assertThat(page.locator(".main-nav")).containsText("Places");
      assertThat(page.locator(".main-nav")).not().containsText("Administration");
      page.navigate("/admin/users");
      assertThat(page.locator("h1")).hasText("Not allowed");

      page.navigate("/geo");
      clock.advance(Duration.ofMinutes(31));
      page.reload();
      assertThat(page.locator("h1")).hasText("You are signed out");
      assertThat(page.locator(".main-nav")).hasCount(0);
    }
  }

  private void signIn(Page page, DemoUsers.Credentials user) {
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(user.username());
    page.getByLabel("Password").fill(user.password());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page.locator("body")).not().containsText("The username or password is not right");
    assertThat(page.url()).doesNotEndWith("/sign-in?error");
  }

  private String origin() {
    return "http://localhost:" + port;
  }
}
