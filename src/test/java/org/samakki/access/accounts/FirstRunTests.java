package org.samakki.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samakki.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A production installation has no account until the first administrator registers with the
 * single-use token printed at start; no demo user exists.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"samakki.mode=production", "samakki.secure-cookies=false"})
@ExtendWith(OutputCaptureExtension.class)
class FirstRunTests {

  private static final Pattern TOKEN =
      Pattern.compile("setup token to register the first administrator:\\s+(\\S+)");

  @DynamicPropertySource
  static void newInstallation(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("samakki-first-run");
    registry.add("samakki.data-dir", dir::toString);
  }

  @LocalServerPort int port;
  @Autowired Users users;

  @Test
  void theFirstAdministratorRegistersOnceWithThePrintedToken(CapturedOutput output) {
    assertThat(users.any()).isFalse();
    Matcher printed = TOKEN.matcher(output.getAll());
    assertThat(printed.find()).as("setup token printed").isTrue();
    String token = printed.group(1);

    WebClient browser = new WebClient(port);
    HttpResponse<String> wrong = browser.submit("/setup", "/setup", form("not-the-token"));
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(users.any()).isFalse();

    HttpResponse<String> registered = browser.submit("/setup", "/setup", form(token));
    assertThat(registered.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/sign-in?setupDone");
    assertThat(users.findByUsername("first.admin"))
        .get()
        .satisfies(
            u ->
                assertThat(u.roles())
                    .containsExactlyInAnyOrder("platform-administrator", "administrator"));

    HttpResponse<String> again = new WebClient(port).submit("/setup", "/setup", form(token));
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(users.findByUsername("demo-caseworker")).isEmpty();
  }

  private static Map<String, String> form(String token) {
    return Map.of(
        "token",
        token,
        "agencyCode",
        "DOE",
        "agencyName",
        "Department of Employment",
        "agencyType",
        "GOVERNMENT",
        "username",
        "first.admin",
        "displayName",
        "Khun Pim",
        "password",
        "a long walk along the Chao Phraya");
  }
}
