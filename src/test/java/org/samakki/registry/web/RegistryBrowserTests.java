package org.samakki.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.Browser;
import org.samakki.access.DemoUsers;
import org.samakki.access.signin.SecondFactor;
import org.samakki.geo.AdminAreas;
import org.samakki.registry.demo.DemoWorkers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer of the labour office imports the Department of Employment's file in a real browser,
 * watches it load, opens a worker and reads the status timeline. Small batches make the progress
 * visible.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "samakki.registry.import-batch-rows=400")
class RegistryBrowserTests {

  @LocalServerPort int port;
  @Autowired SecondFactor codes;
  @Autowired AdminAreas areas;
  @TempDir Path folder;

  @Test
  void anOfficerImportsAFileWatchesItLoadOpensAWorkerAndReadsTheStatusTimeline() throws Exception {
    Path file = folder.resolve("doe-export-samut-sakhon.csv");
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new DemoWorkers(areas, LocalDate.now(), System.nanoTime()).writeCsv(3000, writer);
    }
    CSVRecord worker = workerInSamutSakhon(file);

    try (Browser.Session session = Browser.shared().open(origin())) {
      Page page = session.page();
      signIn(page, DemoUsers.of("registration-officer"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Imports")).first().click();
      page.getByLabel("CSV file (UTF-8, with a header row)").setInputFiles(file);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import"))
          .click();

      assertThat(page.locator("h1")).hasText("doe-export-samut-sakhon.csv");
      assertThat(page.locator("#import-bar")).isVisible();
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        String state = page.locator("[data-import-state]").getAttribute("data-state");
        String value = page.locator("#import-bar").getAttribute("value");
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state + ":" + value)) {
          seen.add(state + ":" + value);
        }
        if ("DONE".equals(state)) {
          break;
        }
        page.waitForTimeout(100);
      }
      assertThat(seen.get(seen.size() - 1)).isEqualTo("DONE:100");
      assertThat(seen)
          .as("the page followed the import while it ran")
          .anyMatch(s -> s.startsWith("RUNNING"));
      assertThat(page.locator(".progress-figures")).containsText("rows read");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find a person"))
          .first()
          .click();
      page.getByLabel("Document number").fill(worker.get("document_number"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      page.locator("table.data tbody a").first().click();

      assertThat(page.locator("h2#timeline")).hasText("Status timeline");
      assertThat(page.locator("svg.chart rect").first()).isVisible();
      assertThat(page.locator("table.timeline tbody tr").first()).containsText("today and after");
      assertThat(page.locator("table.timeline tbody tr .status").first()).isVisible();
      assertThat(page.locator(".panel").first()).containsText("Identity");
      assertThat(session.requests()).allMatch(url -> url.startsWith(origin()));
      // kept with the build's reports, for a person to look at
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target", "screenshots", "registry-person.png"))
              .setFullPage(true));
    }
  }

  /** A row of the file that was accepted and whose worker the officer's area covers. */
  private static CSVRecord workerInSamutSakhon(Path file) throws Exception {
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (row.get("workplace_subdistrict_code").startsWith("74")
            && !row.get("nationality").isEmpty()
            && row.get("document_type").equals("passport")
            && !row.get("document_number").isEmpty()) {
          return row;
        }
      }
    }
    throw new IllegalStateException("No worker in Samut Sakhon in the generated file");
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
  }

  private String origin() {
    return "http://localhost:" + port;
  }
}
