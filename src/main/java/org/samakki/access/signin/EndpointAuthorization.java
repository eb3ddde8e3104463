package org.samakki.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.access.policy.EndpointRule;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/**
 * Deny by default: a request is allowed only by the first endpoint rule of the policy file that
 * matches it, and only if the actor is signed in as that rule asks and their roles allow its
 * resource, action and purpose. The rule is kept on the request for auditing its purpose.
 */
@Component
class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  static final String RULE = EndpointAuthorization.class.getName() + ".rule";
  static final String NO_RULE = EndpointAuthorization.class.getName() + ".none";
  static final String PURPOSE = EndpointAuthorization.class.getName() + ".purpose";
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final AccessPolicy policy;

  EndpointAuthorization(AccessPolicy policy) {
    this.policy = policy;
  }

  /** The endpoint rule that allowed the current request, if it was decided already. */
  static Optional<EndpointRule> ruleOf(HttpServletRequest request) {
    return Optional.ofNullable((EndpointRule) request.getAttribute(RULE));
  }

  /** The purpose the current request is processed for, as chosen when it was allowed. */
  static Optional<String> purposeOf(HttpServletRequest request) {
    return Optional.ofNullable((String) request.getAttribute(PURPOSE));
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    HttpServletRequest request = context.getRequest();
    String path = PATHS.getPathWithinApplication(request);
    Optional<EndpointRule> rule = policy.endpointFor(request.getMethod(), path);
    if (rule.isEmpty()) {
      request.setAttribute(NO_RULE, Boolean.TRUE);
      return new AuthorizationDecision(false);
    }
    request.setAttribute(RULE, rule.get());
    Authentication current = authentication.get();
    purpose(rule.get(), current).ifPresent(p -> request.setAttribute(PURPOSE, p));
    return new AuthorizationDecision(allows(rule.get(), current));
  }

  boolean allows(EndpointRule rule, Authentication authentication) {
    Object principal = authentication == null ? null : authentication.getPrincipal();
    return switch (rule.access()) {
      case PUBLIC -> true;
      case PASSWORD_ONLY -> principal instanceof SignedInUser;
      case SIGNED_IN -> principal instanceof SignedInUser user && user.fullySignedIn();
      case PERMISSION -> permitted(rule, principal);
    };
  }

  private boolean permitted(EndpointRule rule, Object principal) {
    if (principal instanceof SignedInUser user) {
      return user.fullySignedIn()
          && policy.allows(user.roles(), rule.resource(), rule.action())
          && rule.purposeFor(p -> policy.actsFor(user.roles(), p)).isPresent()
          && (!policy.secondFactorAction(rule.action()) || user.secondFactorDone());
    }
    if (principal instanceof ApiClientPrincipal client) {
      return policy.allows(java.util.Set.of(client.role()), rule.resource(), rule.action())
          && rule.serves(client.purpose());
    }
    return false;
  }

  /** The purpose this actor's request serves: the client's own, or the first its roles act for. */
  private Optional<String> purpose(EndpointRule rule, Authentication authentication) {
    Object principal = authentication == null ? null : authentication.getPrincipal();
    if (principal instanceof ApiClientPrincipal client) {
      return Optional.of(client.purpose()).filter(rule::serves);
    }
    if (principal instanceof SignedInUser user) {
      return rule.purposeFor(p -> policy.actsFor(user.roles(), p));
    }
    return rule.purposes().stream().findFirst();
  }
}
