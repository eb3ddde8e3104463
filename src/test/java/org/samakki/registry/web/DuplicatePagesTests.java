package org.samakki.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.WebClient;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.SecondFactor;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.duplicates.DuplicateFixtures;
import org.samakki.registry.duplicates.DuplicateFixtures.Pair;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duplicate review pages as an officer uses them: the queue, a pair side by side with the
 * waterfall, merging, the merged record's page, undoing the merge, "not the same person"; and the
 * same pages refused to an officer of another province and to a role that may not merge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicatePagesTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SecondFactor codes;
  @Autowired JdbcClient jdbc;
  @TempDir Path folder;
  TestAccounts accounts;
  Agency office;
  TestUser officer;
  Pair pair;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    office = accounts.agency(AgencyType.GOVERNMENT);
    pair = new DuplicateFixtures(context).registeredTwice(folder, office.id());
    officer = accounts.user(office, pair.district(), (java.util.UUID) null, "registration-officer");
  }

  @Test
  void anOfficerReviewsAPairMergesItReadsTheMergedRecordAndUndoesTheMerge() {
    WebClient browser = TestSignIn.browser(port, officer, codes);
    String review = "/registry/duplicates/" + pair.flagId();

    HttpResponse<String> queue = browser.get("/registry/duplicates");
    assertThat(queue.statusCode()).isEqualTo(200);
    assertThat(queue.body()).contains("href=\"" + review + "\"");

    HttpResponse<String> page = browser.get(review);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(pair.first().get("family_name"), pair.second().get("family_name"))
        .contains("Why the engine thinks so")
        .contains("class=\"step prior\"", "class=\"step up\"", "class=\"step total\"")
        .contains("exact", "one character apart")
        .contains("Merge into one person", "Not the same person");

    HttpResponse<String> merged =
        browser.submit(
            review, review + "/merge", Map.of("survivor", Long.toString(pair.personA())));
    assertThat(merged.statusCode()).isEqualTo(302);
    HttpResponse<String> after = browser.get(review + "?merged");
    assertThat(after.body()).contains("The records were merged", "Undo this merge");
    assertThat(browser.get("/registry/persons/" + pair.personB()).body())
        .contains("This record was merged into")
        .contains("/registry/persons/" + pair.personA());
    assertThat(browser.get("/registry/persons/" + pair.personA()).body())
        .contains("Records merged into this one")
        .contains(pair.second().get("document_number"));
    assertThat(browser.get("/registry/duplicates").body())
        .doesNotContain("href=\"" + review + "\"");

    Matcher undo = Pattern.compile("/registry/merges/(\\d+)/undo").matcher(after.body());
    assertThat(undo.find()).isTrue();
    HttpResponse<String> undone = browser.submit(review, undo.group(), Map.of());
    assertThat(undone.statusCode()).isEqualTo(302);
    assertThat(undone.headers().firstValue("Location").orElse("")).endsWith(review + "?unmerged");
    assertThat(browser.get("/registry/persons/" + pair.personB()).body())
        .doesNotContain("This record was merged into")
        .contains(pair.second().get("document_number"));
    assertThat(browser.get("/registry/duplicates").body()).contains("href=\"" + review + "\"");
  }

  @Test
  void notTheSamePersonTakesThePairOffTheQueueWithTheReason() {
    WebClient browser = TestSignIn.browser(port, officer, codes);
    String review = "/registry/duplicates/" + pair.flagId();

    HttpResponse<String> decided =
        browser.submit(review, review + "/distinct", Map.of("note", "Twins, seen together"));

    assertThat(decided.statusCode()).isEqualTo(302);
    assertThat(browser.get("/registry/duplicates").body())
        .doesNotContain("href=\"" + review + "\"");
    assertThat(browser.get(review).body())
        .contains("Not the same person")
        .contains("Twins, seen together")
        .doesNotContain("Merge into one person");
  }

  @Test
  void anOfficerOfAnotherProvinceDoesNotLearnThePairExists() {
    TestUser inTak = accounts.user(office, "63", (java.util.UUID) null, "registration-officer");
    WebClient browser = TestSignIn.browser(port, inTak, codes);
    String review = "/registry/duplicates/" + pair.flagId();

    assertThat(browser.get(review).statusCode()).isEqualTo(404);
    assertThat(browser.get("/registry/duplicates").body()).doesNotContain(review);
    HttpResponse<String> merge =
        browser.submit(
            "/registry/duplicates",
            review + "/merge",
            Map.of("survivor", Long.toString(pair.personA())));
    assertThat(merge.statusCode()).isEqualTo(404);
    assertThat(mergedInto(pair.personB())).isNull();
  }

  @Test
  void aLabourInspectorMayNotReviewOrMerge() {
    TestUser inspector =
        accounts.user(
            office, DuplicateFixtures.PROVINCE, (java.util.UUID) null, "labour-inspector");
    WebClient browser = TestSignIn.browser(port, inspector, codes);
    String review = "/registry/duplicates/" + pair.flagId();

    assertThat(browser.get(review).statusCode()).isEqualTo(403);
    assertThat(
            browser
                .submit(
                    "/registry/search",
                    review + "/merge",
                    Map.of("survivor", Long.toString(pair.personA())))
                .statusCode())
        .isEqualTo(403);
    assertThat(mergedInto(pair.personB())).isNull();
  }

  private Long mergedInto(long person) {
    return jdbc.sql("select merged_into from registry.person where id = ?")
        .param(person)
        .query(Long.class)
        .optional()
        .orElse(null);
  }
}
