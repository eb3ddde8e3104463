package org.samakki.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.samakki.access.policy.EndpointRule;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * How a refused request is answered: a path no rule covers is 404; a user still owing the second
 * factor is sent to it; a forbidden action is 403 and audited; someone not signed in is sent to
 * sign in, or gets 401 when their session has ended or when they are a program.
 */
@Component
class Refusals implements AccessDeniedHandler, AuthenticationEntryPoint {

  private final AuditTrail audit;

  Refusals(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    if (request.getAttribute(EndpointAuthorization.NO_RULE) != null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Object principal =
        SecurityContextHolder.getContext().getAuthentication() == null
            ? null
            : SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    if (principal instanceof SignedInUser user && !user.fullySignedIn()) {
      if (request.getRequestURI().startsWith("/api/")) {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        response.sendRedirect("/sign-in/second-factor");
      }
      return;
    }
    EndpointRule rule = EndpointAuthorization.ruleOf(request).orElse(null);
    audit.record(
        new AuditRecord(
            "ACCESS_DENIED",
            rule == null ? null : rule.resource(),
            java.util.List.of(),
            java.util.List.of(),
            AuditRecord.Outcome.DENIED,
            rule == null ? null : rule.action()));
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException {
    boolean endedSession =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    if (request.getRequestURI().startsWith("/api/") || endedSession) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      response.sendRedirect("/sign-in");
    }
  }
}
