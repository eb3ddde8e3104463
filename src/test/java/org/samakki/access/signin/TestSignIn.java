package org.samakki.access.signin;

import java.time.Instant;
import java.util.Map;
import org.samakki.WebClient;
import org.samakki.access.accounts.TestAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a test user in without the sign-in pages, for tests of what comes after. */
public final class TestSignIn {

  private TestSignIn() {}

  /** The authentication of the user, fully signed in (second factor done if required). */
  public static Authentication as(TestAccounts.TestUser user) {
    return AccountAuthentication.authentication(
        new SignedInUser(
            user.id(),
            user.username(),
            user.agency().id(),
            user.agency().type(),
            user.account().roles(),
            user.account().areaCode(),
            user.account().teamId(),
            user.account().securityVersion(),
            Instant.now(),
            user.totpSecret() != null,
            true));
  }

  /** Runs the rest of the test on this thread as the user. */
  public static void actAs(TestAccounts.TestUser user) {
    SecurityContextHolder.getContext().setAuthentication(as(user));
  }

  /** A browser signed in through the sign-in pages, with the second factor if the user has one. */
  public static WebClient browser(int port, TestAccounts.TestUser user, SecondFactor codes) {
    WebClient browser = new WebClient(port);
    browser.submit(
        "/sign-in",
        "/sign-in",
        Map.of("username", user.username(), "password", TestAccounts.PASSWORD));
    if (user.totpSecret() != null) {
      browser.submit(
          "/sign-in/second-factor",
          "/sign-in/second-factor",
          Map.of("code", codes.currentCode(user.totpSecret())));
    }
    return browser;
  }

  public static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
