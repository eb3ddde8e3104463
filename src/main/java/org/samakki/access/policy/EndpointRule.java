package org.samakki.access.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What an endpoint requires: anyone, a password sign-in, a full sign-in, or a permission on a
 * resource; and the purpose its data is processed for.
 */
public record EndpointRule(
    List<PathPattern> paths,
    Set<String> methods,
    Access access,
    String resource,
    String action,
    List<String> purposes) {

  /** The kinds of requirement an endpoint can have. */
  public enum Access {
    PUBLIC,
    PASSWORD_ONLY,
    SIGNED_IN,
    PERMISSION
  }

  public EndpointRule {
    paths = List.copyOf(paths);
    methods = Set.copyOf(methods);
    purposes = purposes == null ? List.of() : List.copyOf(purposes);
  }

  public boolean matches(String method, String path) {
    if (!methods.isEmpty() && !methods.contains(method)) {
      return false;
    }
    PathContainer container = PathContainer.parsePath(path);
    return paths.stream().anyMatch(p -> p.matches(container));
  }

  /** Whether this rule covers every request a handler with this path pattern could get. */
  public boolean covers(String method, String handlerPattern) {
    String concrete = handlerPattern.replaceAll("\\{[^}]+}", "x");
    return matches(method, concrete);
  }

  /** The first of this endpoint's purposes that one of these roles acts for. */
  public Optional<String> purposeFor(java.util.function.Predicate<String> actsFor) {
    return purposes.stream().filter(actsFor).findFirst();
  }

  public boolean serves(String purpose) {
    return purposes.contains(purpose);
  }
}
