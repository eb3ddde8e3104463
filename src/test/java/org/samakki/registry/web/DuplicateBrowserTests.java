package org.samakki.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.Browser;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.SecondFactor;
import org.samakki.registry.duplicates.DuplicateFixtures;
import org.samakki.registry.duplicates.DuplicateFixtures.Pair;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An officer in a real browser opens the duplicate queue, reviews a flagged pair side by side,
 * reads the waterfall of match weights, merges the two records and then undoes the merge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicateBrowserTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SecondFactor codes;
  @TempDir Path folder;

  @Test
  void anOfficerReviewsAFlaggedDuplicateReadsTheWaterfallMergesAndUnmerges() {
    TestAccounts accounts = new TestAccounts(context);
    Agency office = accounts.agency(AgencyType.GOVERNMENT);
    Pair pair = new DuplicateFixtures(context).registeredTwice(folder, office.id());
    TestUser officer =
        accounts.user(office, pair.district(), (java.util.UUID) null, "registration-officer");

    try (Browser.Session session = Browser.shared().open(origin())) {
      Page page = session.page();
      signIn(page, officer);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Possible duplicates"))
          .first()
          .click();
      page.locator("a[href='/registry/duplicates/" + pair.flagId() + "']").click();

      assertThat(page.locator("h1")).hasText("Possibly one person");
      assertThat(page.locator(".side-by-side .panel")).hasCount(2);
      assertThat(page.locator(".side-by-side")).containsText(pair.second().get("document_number"));
      // the waterfall: the prior, one bar per field, the total; the table says the same in words
      assertThat(page.locator("svg.waterfall rect.step")).hasCount(9);
      assertThat(page.locator("svg.waterfall rect.step.up").first()).isVisible();
      assertThat(page.locator("table.waterfall-table")).containsText("one character apart");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target", "screenshots", "duplicate-review.png"))
              .setFullPage(true));

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge into one person"))
          .click();
      assertThat(page.locator(".notice")).containsText("The records were merged");
      assertThat(page.locator(".status-line")).containsText("Merged");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this merge"))
          .click();
      assertThat(page.locator(".notice")).containsText("The merge was undone");
      assertThat(
              page.getByRole(
                  AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge into one person")))
          .isVisible();
      assertThat(session.requests()).allMatch(url -> url.startsWith(origin()));
    }
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
  }

  private String origin() {
    return "http://localhost:" + port;
  }
}
