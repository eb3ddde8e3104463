package org.samakki.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.Browser;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.SecondFactor;
import org.samakki.access.signin.TestSignIn;
import org.samakki.referrals.Referrals;
import org.samakki.referrals.Service;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two agencies in a real browser: an outreach caseworker opens a case on a person of the registry,
 * screens the person, records consent and refers the case to a shelter; the shelter's caseworker
 * finds it in the inbox, reads only the sections that were shared, accepts it and reports the
 * service; the caseworker adds to the case plan, submits it and asks to close the case; the
 * supervisor approves both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseJourneyBrowserTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SecondFactor codes;
  @Autowired Referrals referrals;
  @TempDir Path folder;

  @Test
  void aCaseIsOpenedConsentedReferredServedPlannedAndClosedWithASupervisorsApproval() {
    TestAccounts accounts = new TestAccounts(context);
    Agency outreach = accounts.agency(AgencyType.NGO);
    TestUser supervisor = accounts.user(outreach, "supervisor");
    TestUser caseworker = accounts.user(outreach, null, supervisor.id(), "caseworker");
    Agency shelterNgo = accounts.agency(AgencyType.NGO);
    TestUser shelterWorker = accounts.user(shelterNgo, "caseworker");
    // the team member works for another agency (the police): the NRM brings agencies together
    TestUser teamMember = accounts.user(accounts.agency(AgencyType.GOVERNMENT), "mdt-member");
    TestSignIn.actAs(
        accounts.user(accounts.agency(AgencyType.GOVERNMENT), "platform-administrator"));
    String shelterName = "Shelter " + shelterNgo.code();
    referrals.addProvider(
        shelterNgo.id(), shelterName, List.of(Service.SHELTER), List.of(), List.of("my"), null);
    TestSignIn.signOut();
    Row worker = RegistryFixtures.worker();
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    long person = registry.personId(worker.get("document_number"));

    try (Browser.Session session = Browser.shared().open(origin())) {
      Page page = session.page();
      signIn(page, caseworker);
      page.navigate("/registry/persons/" + person);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a protection case"))
          .click();
      page.getByLabel("Trafficking").check();
      page.getByLabel("What happened").fill("Kept on a fishing boat for two years without pay");
      page.getByLabel("Legal basis for managing the case").selectOption("VITAL_INTEREST");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the case")).click();
      assertThat(page.locator(".status-line")).containsText("Screening");
      assertThat(page.locator(".narrative"))
          .hasText("Kept on a fishing boat for two years without pay");
      page.locator(".screening-form input[name=place]").fill("Ranong port");
      page.getByLabel("Act: recruited, transported, transferred, harboured or received").check();
      page.getByLabel("Means: threat, force, coercion or abduction").check();
      page.getByLabel("Purpose: exploitation").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the screening"))
          .click();
      assertThat(page.locator(".screening .suggested"))
          .containsText("Likely a victim of trafficking");

      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to: Temporary protection"))
          .click();
      assertThat(page.locator(".status-line")).containsText("Temporary protection");
      assertThat(page.locator("p.notice[role=status]")).containsText("15");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to: Identification"))
          .click();
      String teamMemberName = teamMember.account().displayName();
      page.locator(".assign-form select[name=user]")
          .selectOption(
              new com.microsoft.playwright.options.SelectOption().setLabel(teamMemberName));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the case"))
          .click();
      assertThat(page.locator("ul.workers")).containsText(teamMemberName);
      String identificationUrl = page.url().replaceAll("#.*$", "");
      switchTo(page, teamMember);
      page.navigate(identificationUrl);
      page.getByLabel("Victim of trafficking").check();
      page.locator(".team-member input[name=memberName]").nth(0).fill("Pol. Lt. Somchai");
      page.locator(".team-member select[name=memberRole]").nth(0).selectOption("POLICE");
      page.locator(".team-member input[name=memberAgency]").nth(0).fill("Ranong police");
      page.locator(".team-member input[name=memberName]").nth(1).fill("Khun Malee");
      page.locator(".team-member select[name=memberRole]").nth(1).selectOption("SOCIAL_WORKER");
      page.locator(".team-member input[name=memberAgency]")
          .nth(1)
          .fill("Ranong social development office");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision"))
          .click();
      assertThat(page.locator(".identification-team")).containsText("Ranong police");
      switchTo(page, caseworker);
      page.navigate(identificationUrl);
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Move to: Protection and services"))
          .click();
      assertThat(page.locator(".status-line")).containsText("Protection and services");

      page.locator(".consent-form select[name=purpose]").selectOption("REFERRAL");
      page.locator(".consent-form select[name=recipientType]").selectOption("NGO");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record consent"))
          .click();
      assertThat(page.locator("table.consents")).containsText("Referral");

      page.locator(".referral-form select[name=provider]")
          .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(shelterName));
      page.locator(".referral-form select[name=service]").selectOption("SHELTER");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer")).click();
      assertThat(page.locator("ul.referrals")).containsText("Waiting for an answer");
      String caseRef = page.locator("h1 span").first().textContent();
      caseUrls.put(caseRef, page.url());
      page.navigate("/referrals/sent");
      assertThat(page.locator("table.data")).containsText(caseRef);
      assertThat(page.locator("table.data")).containsText(shelterNgo.name());
      switchTo(page, shelterWorker);
      page.navigate("/referrals");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseRef)).click();
      assertThat(page.locator(".shared-sections")).containsText("Trafficking");
      assertThat(page.locator(".shared-sections")).not().containsText("fishing boat");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target", "screenshots", "referral-received.png"))
              .setFullPage(true));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
      assertThat(page.locator(".referral-status")).hasText("Accepted");
      page.getByLabel("Service given").fill("Three weeks of shelter, counselling in Burmese");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report the service"))
          .click();
      String caseUrl = caseUrl(caseRef);
      switchTo(page, caseworker);

      page.navigate(caseUrl);
      page.locator(".plan-form input[name=text]").fill("Safe return to Dawei with the family");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the plan"))
          .click();
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Submit the plan for a supervisor's approval"))
          .click();
      page.locator("select[name=reason]").selectOption("SERVICES_COMPLETED");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to close the case"))
          .click();
      assertThat(page.locator("ul.approvals")).containsText("waiting for a supervisor");
      assertThat(page.locator(".status-line")).not().containsText("Closed");
      switchTo(page, supervisor);

      page.navigate(caseUrl);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
          .first()
          .click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
          .first()
          .click();
      assertThat(page.locator(".status-line")).containsText("Closed");
      assertThat(page.locator("ul.approvals")).not().containsText("waiting for a supervisor");
      assertThat(session.requests()).allMatch(url -> url.startsWith(origin()));
    }
  }

  private final java.util.Map<String, String> caseUrls = new java.util.HashMap<>();

  private String caseUrl(String caseRef) {
    return caseUrls.get(caseRef).replaceAll("#.*$", "");
  }

  /** Another person at another desk: a fresh sign-in. */
  private void switchTo(Page page, TestUser user) {
    page.context().clearCookies();
    signIn(page, user);
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
