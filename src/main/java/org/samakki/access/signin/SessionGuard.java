package org.samakki.access.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.samakki.access.accounts.Users;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks a signed-in session on every request: an account disabled, expired, or whose roles or
 * password changed since sign-in, an idle session and one past its lifetime end at once with 401
 * (DP-21). A user whose password was reset must choose a new one before anything else.
 */
@Component
class SessionGuard extends OncePerRequestFilter {

  private static final Set<String> WHILE_CHANGING_PASSWORD =
      Set.of("/account/password", "/sign-out", "/error", "/preferences");

  private final Users users;
  private final SessionClock sessionClock;
  private final AuditTrail audit;
  private final Clock clock;

  SessionGuard(Users users, SessionClock sessionClock, AuditTrail audit, Clock clock) {
    this.users = users;
    this.sessionClock = sessionClock;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (authentication == null
        || !(authentication.getPrincipal() instanceof SignedInUser user)
        || session == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> ended = ended(user, session);
    if (ended.isPresent()) {
      audit.record(
          SignInOutcomes.actorOf(user),
          AuditRecord.event("SESSION_ENDED", AuditRecord.Outcome.SUCCESS).because(ended.get()));
      session.invalidate();
      SecurityContextHolder.clearContext();
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    users.touch(user.userId(), clock.instant());
    if (mustChangePassword(user)
        && !isStatic(request)
        && !WHILE_CHANGING_PASSWORD.contains(request.getRequestURI())) {
      response.sendRedirect("/account/password");
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<String> ended(SignedInUser user, HttpSession session) {
    Optional<Users.SessionState> state = users.sessionState(user.userId());
    if (state.isEmpty() || !state.get().usableOn(LocalDate.now(clock))) {
      return Optional.of("account disabled or expired");
    }
    if (state.get().securityVersion() != user.securityVersion()) {
      return Optional.of("account changed");
    }
    return sessionClock.expiry(session, user);
  }

  private boolean mustChangePassword(SignedInUser user) {
    return user.fullySignedIn()
        && users
            .sessionState(user.userId())
            .map(Users.SessionState::mustChangePassword)
            .orElse(false);
  }

  private static boolean isStatic(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/fonts/")
        || path.startsWith("/webjars/")
        || path.equals("/favicon.svg");
  }
}
