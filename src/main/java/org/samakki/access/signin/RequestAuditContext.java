package org.samakki.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.samakki.RequestIds;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Tells the audit trail who is acting in this request, for which purpose, from where. */
@Component
class RequestAuditContext implements AuditContext {

  @Override
  public AuditActor actor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Object principal = authentication == null ? null : authentication.getPrincipal();
    if (principal instanceof SignedInUser user) {
      return new AuditActor(
          user.userId(), user.username(), List.copyOf(user.roles()), user.agencyId());
    }
    if (principal instanceof ApiClientPrincipal client) {
      return new AuditActor(
          client.clientId(), "api:" + client.name(), List.of(client.role()), client.agencyId());
    }
    return AuditActor.SYSTEM;
  }

  @Override
  public Optional<String> purpose() {
    return request().flatMap(EndpointAuthorization::purposeOf);
  }

  @Override
  public Optional<String> agreement() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof ApiClientPrincipal c
        ? Optional.of(c.agreementCode())
        : Optional.empty();
  }

  @Override
  public Optional<String> clientAddress() {
    return request().map(HttpServletRequest::getRemoteAddr);
  }

  @Override
  public Optional<String> requestId() {
    String id = RequestIds.current();
    return "-".equals(id) ? Optional.empty() : Optional.of(id);
  }

  private static Optional<HttpServletRequest> request() {
    return RequestContextHolder.getRequestAttributes()
            instanceof ServletRequestAttributes attributes
        ? Optional.of(attributes.getRequest())
        : Optional.empty();
  }
}
