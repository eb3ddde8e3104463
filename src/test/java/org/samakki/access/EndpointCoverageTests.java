package org.samakki.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.access.policy.EndpointRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every endpoint of every controller must be covered by a rule of the policy file
 * that names who may call it and for which purpose; and no GET changes anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndpointCoverageTests {

  private static final Set<String> READ_ACTIONS = Set.of("read", "list", "export");
  private static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired AccessPolicy policy;

  @Test
  void everyControllerEndpointHasADeclaredPermissionAndPurpose() {
    List<String> uncovered = new ArrayList<>();
    int endpoints = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      if (!entry.getValue().getBeanType().getName().startsWith("org.samakki")) {
        continue;
      }
      for (String pattern : entry.getKey().getPatternValues()) {
        for (String method : methods(entry.getKey())) {
          endpoints++;
          Optional<EndpointRule> rule = ruleFor(method, pattern);
          if (rule.isEmpty()) {
            uncovered.add(
                method + " " + pattern + " (" + entry.getValue().getShortLogMessage() + ")");
          } else if (rule.get().access() != EndpointRule.Access.PUBLIC
              && rule.get().purposes().isEmpty()) {
            uncovered.add(method + " " + pattern + " has no purpose");
          }
        }
      }
    }
    assertThat(endpoints).isGreaterThan(40);
    assertThat(uncovered).isEmpty();
  }

  @Test
  void noGetRequestChangesAnything() {
    List<String> changingGets = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (!methods(info).contains("GET")) {
          continue;
        }
        ruleFor("GET", pattern)
            .filter(r -> r.action() != null && !READ_ACTIONS.contains(r.action()))
            .ifPresent(r -> changingGets.add("GET " + pattern + " -> " + r.action()));
      }
    }
    assertThat(changingGets).isEmpty();
  }

  @Test
  void aPathWithoutARuleIsRefused() {
    assertThat(policy.endpointFor("GET", "/internal/dump")).isEmpty();
    assertThat(policy.endpointFor("POST", "/geo")).isEmpty();
  }

  private Optional<EndpointRule> ruleFor(String method, String pattern) {
    return policy.endpoints().stream().filter(r -> r.covers(method, pattern)).findFirst();
  }

  private static List<String> methods(RequestMappingInfo info) {
    Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
    return declared.isEmpty() ? ALL_METHODS : declared.stream().map(RequestMethod::name).toList();
  }
}
