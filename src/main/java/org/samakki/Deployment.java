package org.samakki;

import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demonstration (embedded database, generated demo users, a banner
 * on every page) or in production (no default accounts, secure cookies). {@code SAMAKKI_MODE}
 * decides; without it, the embedded database means demo.
 */
@Component("deployment")
public class Deployment {

  private final boolean demo;
  private final boolean secureCookies;

  Deployment(Environment environment) {
    String mode = environment.getProperty("samakki.mode", "").strip().toLowerCase(Locale.ROOT);
    boolean embedded = environment.getProperty("samakki.database.embedded", Boolean.class, false);
    this.demo = mode.isEmpty() ? embedded : mode.equals("demo");
    if (!mode.isEmpty() && !mode.equals("demo") && !mode.equals("production")) {
      throw new IllegalStateException("SAMAKKI_MODE must be demo or production, not " + mode);
    }
    String secure = environment.getProperty("samakki.secure-cookies", "").strip();
    this.secureCookies = secure.isEmpty() ? !demo : Boolean.parseBoolean(secure);
  }

  public boolean demo() {
    return demo;
  }

  /** Cookies only over HTTPS; off in demo mode so that a laptop on plain HTTP can sign in. */
  public boolean secureCookies() {
    return secureCookies;
  }
}
