package org.samakki.access.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds every mistake in a policy file at once, so that an administrator can fix them together. */
final class PolicyValidation {

  private static final Set<String> ACCESS = Set.of("public", "password-only", "signed-in");
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> AGENCY_TYPES =
      Set.of("GOVERNMENT", "UN_AGENCY", "NGO", "COMMUNITY_ORGANISATION");

  private final PolicyDocument policy;
  private final List<String> problems = new ArrayList<>();

  PolicyValidation(PolicyDocument policy) {
    this.policy = policy;
  }

  void check() {
    if (policy.version() != 1) {
      problems.add("unknown policy version " + policy.version());
    }
    policy.resources().forEach(this::checkResource);
    policy
        .purposes()
        .forEach(
            (name, purpose) -> {
              if (purpose.resources() != null) {
                purpose.resources().stream()
                    .filter(r -> !policy.resources().containsKey(r))
                    .forEach(r -> problems.add("purpose " + name + " names unknown resource " + r));
              }
            });
    policy.roles().forEach(this::checkRole);
    policy.endpoints().forEach(this::checkEndpoint);
    policy.secondFactor().roles().stream()
        .filter(r -> !policy.roles().containsKey(r))
        .forEach(r -> problems.add("second-factor names an unknown role " + r));
    policy.secondFactor().agencyTypes().stream()
        .filter(t -> !AGENCY_TYPES.contains(t))
        .forEach(t -> problems.add("second-factor names an unknown agency type " + t));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The access policy has "
              + problems.size()
              + " problem(s):\n  - "
              + String.join("\n  - ", problems));
    }
  }

  private void checkResource(String name, PolicyDocument.Resource resource) {
    if (resource.fields() == null || resource.fields().isEmpty()) {
      problems.add("resource " + name + " declares no fields");
      return;
    }
    if (resource.sections() != null) {
      resource
          .sections()
          .forEach(
              (section, fields) ->
                  fields.stream()
                      .filter(f -> !resource.fields().containsKey(f))
                      .forEach(
                          f ->
                              problems.add(
                                  "section "
                                      + name
                                      + "."
                                      + section
                                      + " names unknown field "
                                      + f)));
    }
  }

  private void checkRole(String name, PolicyDocument.Role role) {
    role.purposes().stream()
        .filter(p -> !policy.purposes().containsKey(p))
        .forEach(p -> problems.add("role " + name + " acts for unknown purpose " + p));
    role.permissions()
        .forEach((resource, permission) -> checkPermission(name, resource, permission));
  }

  private void checkPermission(String role, String resource, PolicyDocument.Permission permission) {
    PolicyDocument.Resource definition = policy.resources().get(resource);
    if (definition == null) {
      problems.add("role " + role + " has a permission on unknown resource " + resource);
      return;
    }
    if (permission.scope() == null
        || permission.actions() == null
        || permission.actions().isEmpty()) {
      problems.add("role " + role + " needs actions and a scope on " + resource);
    }
    checkNames(role, resource, definition, permission.read());
    checkNames(role, resource, definition, permission.write());
  }

  private void checkNames(
      String role, String resource, PolicyDocument.Resource definition, List<String> names) {
    if (names == null) {
      return;
    }
    Map<String, List<String>> sections =
        definition.sections() == null ? Map.of() : definition.sections();
    for (String n : names) {
      if (!n.equals(AccessPolicy.ALL_FIELDS)
          && !definition.fields().containsKey(n)
          && !sections.containsKey(n)) {
        problems.add("role " + role + " names unknown field or section " + resource + "." + n);
      }
    }
  }

  private void checkEndpoint(PolicyDocument.Endpoint endpoint) {
    String where = "endpoint " + endpoint.paths();
    if (endpoint.paths() == null || endpoint.paths().isEmpty()) {
      problems.add("an endpoint has no paths");
    }
    if (endpoint.methods() != null) {
      endpoint.methods().stream()
          .filter(m -> !METHODS.contains(m))
          .forEach(m -> problems.add(where + " has unknown method " + m));
    }
    if (endpoint.access() != null) {
      if (!ACCESS.contains(endpoint.access())) {
        problems.add(where + " has unknown access " + endpoint.access());
      }
    } else if (endpoint.resource() == null
        || endpoint.action() == null
        || endpoint.purpose() == null) {
      problems.add(where + " needs access, or a resource, an action and a purpose");
    } else if (!policy.resources().containsKey(endpoint.resource())) {
      problems.add(where + " names unknown resource " + endpoint.resource());
    }
    if (endpoint.purpose() != null) {
      endpoint.purpose().stream()
          .filter(p -> !policy.purposes().containsKey(p))
          .forEach(p -> problems.add(where + " names unknown purpose " + p));
    }
  }
}
