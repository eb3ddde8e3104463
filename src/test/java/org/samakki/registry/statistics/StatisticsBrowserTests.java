package org.samakki.registry.statistics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samakki.Browser;
import org.samakki.access.DemoUsers;
import org.samakki.access.signin.SecondFactor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo analyst opens the statistics page in Chromium: the charts are drawn by the served
 * Chart.js under the strict content security policy, the map answers the keyboard, and the page
 * asks nothing of another origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsBrowserTests {

  @LocalServerPort int port;
  @Autowired SecondFactor codes;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @AfterEach
  void removeTestWorkers() {
    jdbc.sql("delete from registry.status_period where person_id between ? and ?")
        .params(RegistryStatisticsTests.FIRST, RegistryStatisticsTests.LAST)
        .update();
    jdbc.sql("delete from registry.worker_status where person_id between ? and ?")
        .params(RegistryStatisticsTests.FIRST, RegistryStatisticsTests.LAST)
        .update();
  }

  @Test
  void theAnalystSeesChartsAndAMapDrawnWithoutAnythingFromElsewhere() {
    removeTestWorkers();
    SeededWorkers.seed(jdbc, LocalDate.now(clock));
    try (Browser.Session session = Browser.shared().open(origin())) {
      Page page = session.page();
      List<String> problems = new CopyOnWriteArrayList<>();
      page.onConsoleMessage(
          (ConsoleMessage m) -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
              problems.add(m.text());
            }
          });
      signIn(page, DemoUsers.of("analyst"));
      page.locator(".main-nav")
          .getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName("Statistics").setExact(true))
          .click();

      assertThat(page.locator("h1")).hasText("Registered migrant workers");
      assertThat(page.locator("svg.map path")).hasCount(77);
      page.waitForFunction(
          "() => [...document.querySelectorAll('canvas[data-chart]')]"
              + ".every(c => c.chart || c.closest('.canvas-box').hidden)");
      Object drawn =
          page.evaluate(
              "() => [...document.querySelectorAll('canvas[data-chart]')]"
                  + ".filter(c => c.chart).length");
      assertThat(((Number) drawn).intValue()).isGreaterThanOrEqualTo(5);

      page.locator("svg.map a").first().focus();
      assertThat(
              page.evaluate("() => document.activeElement.closest('svg.map') !== null").toString())
          .isEqualTo("true");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/statistics-page.png"))
              .setFullPage(true));

      assertThat(session.requests()).allMatch(url -> url.startsWith(origin()));
      assertThat(problems).isEmpty();
    }
  }

  private void signIn(Page page, DemoUsers.Credentials user) {
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(user.username());
    page.getByLabel("Password").fill(user.password());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    if (user.totpSecret().isPresent()) {
      page.getByLabel("Code").fill(codes.currentCode(user.totpSecret().get()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
    }
    assertThat(page.locator(".main-nav")).isVisible();
  }

  private String origin() {
    return "http://localhost:" + port;
  }
}
