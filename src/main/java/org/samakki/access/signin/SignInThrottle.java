package org.samakki.access.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops password and code guessing: after six failures in a minute for an account or an address,
 * the next attempt answers 429 without being checked, and is audited.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

  private final SignInFailures failures;
  private final AuditTrail audit;

  SignInThrottle(SignInFailures failures, AuditTrail audit) {
    this.failures = failures;
    this.audit = audit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !(request.getRequestURI().equals("/sign-in")
            || request.getRequestURI().equals("/sign-in/second-factor"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = username(request);
    if (failures.exhausted(username, request.getRemoteAddr())) {
      audit.record(
          AuditActor.anonymous(username),
          AuditRecord.event("SIGN_IN_THROTTLED", AuditRecord.Outcome.DENIED));
      response.sendError(429);
      return;
    }
    chain.doFilter(request, response);
  }

  private static String username(HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return user.username();
    }
    return request.getParameter("username");
  }
}
