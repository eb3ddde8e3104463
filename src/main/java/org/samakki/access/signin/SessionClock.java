package org.samakki.access.signin;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Session lifetimes on Samakki's clock (replaceable in tests): signed out after 30 minutes without
 * a request, and 12 hours after signing in whatever happens (both configurable).
 */
@Component
public class SessionClock {

  static final String LAST_SEEN = SessionClock.class.getName() + ".lastSeen";

  private final Clock clock;
  private final Duration idle;
  private final Duration absolute;

  SessionClock(
      Clock clock,
      @Value("${samakki.session.idle-timeout:PT30M}") Duration idle,
      @Value("${samakki.session.absolute-timeout:PT12H}") Duration absolute) {
    this.clock = clock;
    this.idle = idle;
    this.absolute = absolute;
  }

  void started(HttpSession session) {
    session.setAttribute(LAST_SEEN, clock.instant());
  }

  /** Why this session has ended, if it has; otherwise it is marked as seen now. */
  Optional<String> expiry(HttpSession session, SignedInUser user) {
    Instant now = clock.instant();
    Instant lastSeen = (Instant) session.getAttribute(LAST_SEEN);
    if (lastSeen != null && now.isAfter(lastSeen.plus(idle))) {
      return Optional.of("idle");
    }
    if (now.isAfter(user.signedInAt().plus(absolute))) {
      return Optional.of("lifetime");
    }
    session.setAttribute(LAST_SEEN, now);
    return Optional.empty();
  }

  public Duration idle() {
    return idle;
  }

  public Instant now() {
    return clock.instant();
  }
}
