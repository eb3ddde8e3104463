package org.samakki.access.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samakki.TestDeployments;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer;

/** In production the session cookie is a {@code __Host-} cookie: Secure, HttpOnly, SameSite. */
class SessionCookieTests {

  @Test
  void productionUsesASecureHostOnlyCookie() {
    String cookie = write(new WebSecurity().cookieSerializer(TestDeployments.production()));
    assertThat(cookie)
        .startsWith("__Host-samakki=")
        .contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/");
    assertThat(cookie).doesNotContain("Domain");
  }

  @Test
  void aDemoOnPlainHttpUsesAnOrdinaryCookie() {
    String cookie = write(new WebSecurity().cookieSerializer(TestDeployments.demo()));
    assertThat(cookie).startsWith("samakki-session=").contains("HttpOnly").doesNotContain("Secure");
  }

  private static String write(CookieSerializer serializer) {
    MockHttpServletResponse response = new MockHttpServletResponse();
    serializer.writeCookieValue(
        new CookieSerializer.CookieValue(new MockHttpServletRequest(), response, "abc"));
    return response.getHeader("Set-Cookie");
  }
}
