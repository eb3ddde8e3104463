package org.samakki.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.Browser;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.samakki.registry.duplicates.DuplicateFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A caseworker's intake in a browser: from the home page to the search, a known person found by
 * their name in Burmese script with the reasons shown, then a stranger nobody knows registered and
 * the case opened on them with the privacy notice in their language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeBrowserTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @TempDir Path folder;

  @Test
  void aCaseworkerSearchesFirstThenRegistersAStrangerAndOpensTheCase() {
    TestAccounts accounts = new TestAccounts(context);
    Agency outreach = accounts.agency(AgencyType.NGO);
    TestUser supervisor = accounts.user(outreach, "supervisor");
    TestUser caseworker = accounts.user(outreach, null, supervisor.id(), "caseworker");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String born =
        String.format(
            "19%02d-%02d-%02d",
            60 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
    Row worker =
        RegistryFixtures.worker()
            .with("given_name", "Aung Kyaw")
            .with("family_name", "Moe")
            .with("name_native", "")
            .with("birth_date", born);
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    long person = registry.personId(worker.get("document_number"));
    new DuplicateFixtures(context).checked(person);
    // a stranger: a family name no one else in the test database has
    String stranger = "Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

    try (Browser.Session session = Browser.shared().open("http://localhost:" + port)) {
      Page page = session.page();
      page.navigate("/sign-in");
      page.getByLabel("Username").fill(caseworker.username());
      page.getByLabel("Password").fill(TestAccounts.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

      page.navigate("/cases");
      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions().setName("New intake: search for the person first"))
          .click();
      page.getByLabel("Name, in any script").fill("အောင်ကျော်မိုး");
      page.getByLabel("Birth year or date").first().fill(born);
      page.locator("#intake-search select[name=sex]").selectOption("M");
      page.locator("#intake-search select[name=nationality]").selectOption("MMR");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      var first = page.locator("#candidates tbody tr").first();
      assertThat(first).containsText("Aung Kyaw Moe");
      assertThat(first.locator(".reasons")).containsText("Name: exact");
      assertThat(first.locator(".reasons")).containsText("Birth date: exact");
      assertThat(
              first.getByRole(
                  AriaRole.LINK,
                  new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Open a case")))
          .hasAttribute("href", "/cases/new?person=" + person + "&language=my");

      page.getByLabel("Name, in any script").fill("Thida " + stranger);
      page.locator("#intake-search input[name=birth]").fill("1999");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      assertThat(page.locator("p[role=status]")).containsText("Nobody known matches");
      page.locator("#intake-new input[name=givenName]").fill("Thida");
      page.locator("#intake-new input[name=familyName]").fill(stranger);
      page.locator("#intake-new input[name=nameNative]").fill("သီတာ");
      page.locator("#intake-new select[name=sex]").selectOption("F");
      page.locator("#intake-new select[name=nationality]").selectOption("MMR");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register and open a case"))
          .click();

      assertThat(page.locator("select[name=noticeLanguage]")).hasValue("my");
      page.getByLabel("Other vulnerable migrant").check();
      page.getByLabel("Legal basis for managing the case").selectOption("VITAL_INTEREST");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the case")).click();
      assertThat(page.locator(".status-line")).containsText("Screening");
    }
  }
}
