package org.samakki.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.samakki.access.accounts.UserAccount;
import org.samakki.access.accounts.Users;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What follows a password sign-in: the second factor when the policy asks for it, a new password
 * after an administrator's reset, or the page the user wanted. Every outcome is audited, and each
 * failure counts towards throttling.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final Users users;
  private final SignInFailures failures;
  private final SessionClock sessionClock;
  private final AuditTrail audit;
  private final SavedRequestAwareAuthenticationSuccessHandler wanted =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SignInOutcomes(
      Users users, SignInFailures failures, SessionClock sessionClock, AuditTrail audit) {
    this.users = users;
    this.failures = failures;
    this.sessionClock = sessionClock;
    this.audit = audit;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    SignedInUser user = (SignedInUser) authentication.getPrincipal();
    sessionClock.started(request.getSession());
    request.getSession().setAttribute(ActiveSessions.CLIENT_ADDRESS, request.getRemoteAddr());
    audit.record(
        actorOf(user),
        AuditRecord.event("SIGN_IN", AuditRecord.Outcome.SUCCESS)
            .because(user.fullySignedIn() ? "password" : "password; second factor pending"));
    UserAccount account = users.find(user.userId()).orElseThrow();
    if (!user.fullySignedIn()) {
      response.sendRedirect(account.totpEnabled() ? "/sign-in/second-factor" : "/sign-in/enrol");
    } else if (account.mustChangePassword()) {
      response.sendRedirect("/account/password");
    } else {
      wanted.onAuthenticationSuccess(request, response, authentication);
    }
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String username = request.getParameter("username");
    failures.record(username, request.getRemoteAddr());
    audit.record(
        AuditActor.anonymous(username), AuditRecord.event("SIGN_IN", AuditRecord.Outcome.FAILED));
    response.sendRedirect("/sign-in?error");
  }

  static AuditActor actorOf(SignedInUser user) {
    return new AuditActor(
        user.userId(), user.username(), List.copyOf(user.roles()), user.agencyId());
  }
}
