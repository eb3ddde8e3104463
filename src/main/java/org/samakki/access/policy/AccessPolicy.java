package org.samakki.access.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.samakki.access.Scope;
import org.springframework.core.io.Resource;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The access policy file, checked and compiled for the questions asked on every request: does this
 * endpoint need a sign-in or a permission, may these roles do this action, which fields may they
 * read and write, for which purposes may they act.
 */
public final class AccessPolicy {

  public static final String LOCATION = "access/policy.yml";
  public static final String ALL_FIELDS = "*";

  private final PolicyDocument document;
  private final List<EndpointRule> endpoints;

  private AccessPolicy(PolicyDocument document) {
    this.document = document;
    PathPatternParser parser = new PathPatternParser();
    this.endpoints =
        document.endpoints().stream()
            .map(
                e ->
                    new EndpointRule(
                        e.paths().stream().map(parser::parse).toList(),
                        Set.copyOf(e.methods() == null ? List.of() : e.methods()),
                        access(e),
                        e.resource(),
                        e.action(),
                        e.purpose()))
            .toList();
  }

  /** Reads and checks a policy file; a mistake in it stops the application with its reason. */
  public static AccessPolicy load(Resource file) {
    YAMLMapper yaml =
        YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an absent flag such as break-the-glass means false
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    try (InputStream in = file.getInputStream()) {
      PolicyDocument document = yaml.readValue(in, PolicyDocument.class);
      new PolicyValidation(document).check();
      return new AccessPolicy(document);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the access policy " + file, e);
    }
  }

  public List<EndpointRule> endpoints() {
    return endpoints;
  }

  public Optional<EndpointRule> endpointFor(String method, String path) {
    return endpoints.stream().filter(e -> e.matches(method, path)).findFirst();
  }

  public Set<String> roles() {
    return document.roles().keySet();
  }

  public Set<String> resources() {
    return document.resources().keySet();
  }

  public boolean allows(Collection<String> roles, String resource, String action) {
    return permissions(roles, resource).stream().anyMatch(p -> p.actions().contains(action));
  }

  /** The widest scope any of these roles has for this action, if they may do it at all. */
  public Optional<Scope> scope(Collection<String> roles, String resource, String action) {
    return permissions(roles, resource).stream()
        .filter(p -> p.actions().contains(action))
        .map(PolicyDocument.Permission::scope)
        .max(Scope::compareTo);
  }

  /** Every scope these roles have for this action; empty if they may not do it at all. */
  public Set<Scope> scopes(Collection<String> roles, String resource, String action) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    permissions(roles, resource).stream()
        .filter(p -> p.actions().contains(action))
        .forEach(p -> scopes.add(p.scope()));
    return scopes;
  }

  public Set<String> readable(Collection<String> roles, String resource) {
    Set<String> fields = new TreeSet<>();
    permissions(roles, resource).forEach(p -> fields.addAll(expand(resource, p.read())));
    return fields;
  }

  public Set<String> writable(Collection<String> roles, String resource) {
    Set<String> fields = new TreeSet<>();
    permissions(roles, resource).forEach(p -> fields.addAll(expand(resource, p.write())));
    return fields;
  }

  public boolean actsFor(Collection<String> roles, String purpose) {
    return roles.stream()
        .map(document.roles()::get)
        .anyMatch(r -> r != null && r.purposes().contains(purpose));
  }

  public boolean breakTheGlass(Collection<String> roles) {
    return roles.stream().map(document.roles()::get).anyMatch(r -> r != null && r.breakTheGlass());
  }

  public boolean secondFactorRequired(Collection<String> roles, String agencyType) {
    PolicyDocument.SecondFactor rule = document.secondFactor();
    return rule.agencyTypes().contains(agencyType)
        || roles.stream().anyMatch(rule.roles()::contains);
  }

  public boolean secondFactorAction(String action) {
    return document.secondFactor().actions().contains(action);
  }

  /** Every field of a resource with its tags, in the order of the file. */
  public Map<String, List<String>> fields(String resource) {
    return Collections.unmodifiableMap(resourceOf(resource).fields());
  }

  public boolean isDirectIdentifier(String resource, String field) {
    return fields(resource).getOrDefault(field, List.of()).contains("direct-identifier");
  }

  /** The policy as data, for the roles page and the record of processing activities. */
  public PolicyDocument document() {
    return document;
  }

  private Set<String> expand(String resource, List<String> names) {
    if (names == null) {
      return Set.of();
    }
    PolicyDocument.Resource definition = resourceOf(resource);
    Set<String> fields = new LinkedHashSet<>();
    for (String name : names) {
      if (ALL_FIELDS.equals(name)) {
        fields.addAll(definition.fields().keySet());
      } else if (definition.sections() != null && definition.sections().containsKey(name)) {
        fields.addAll(definition.sections().get(name));
      } else {
        fields.add(name);
      }
    }
    return fields;
  }

  private List<PolicyDocument.Permission> permissions(Collection<String> roles, String resource) {
    return roles.stream()
        .map(document.roles()::get)
        .filter(r -> r != null && r.permissions().containsKey(resource))
        .map(r -> r.permissions().get(resource))
        .toList();
  }

  private PolicyDocument.Resource resourceOf(String resource) {
    PolicyDocument.Resource definition = document.resources().get(resource);
    if (definition == null) {
      throw new IllegalArgumentException("The access policy has no resource '" + resource + "'");
    }
    return definition;
  }

  private static EndpointRule.Access access(PolicyDocument.Endpoint endpoint) {
    if (endpoint.access() == null) {
      return EndpointRule.Access.PERMISSION;
    }
    return EndpointRule.Access.valueOf(
        endpoint.access().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
