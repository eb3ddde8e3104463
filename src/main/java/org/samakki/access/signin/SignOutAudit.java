package org.samakki.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records each sign-out; the session itself is removed from the database by Spring Session. */
@Component
class SignOutAudit implements LogoutHandler {

  private final AuditTrail audit;

  SignOutAudit(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      audit.record(
          SignInOutcomes.actorOf(user), AuditRecord.event("SIGN_OUT", AuditRecord.Outcome.SUCCESS));
    }
  }
}
