package org.samakki.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.access.signin.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role × field matrix (DP-04), generated from the policy file: every role reads and writes
 * every field of every resource that has a probe. Forbidden fields are absent on read and refused
 * on write; nothing a role may not do succeeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixTests {

  @Autowired WebApplicationContext context;
  @Autowired AccessPolicy policy;
  final JsonMapper json = JsonMapper.builder().build();
  MockMvc mvc;
  TestAccounts accounts;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    accounts = new TestAccounts(context);
  }

  @Test
  void everyRoleSeesAndChangesOnlyTheFieldsItsPolicyAllows() throws Exception {
    List<ResourceProbe> probes = probes();
    assertThat(probes)
        .extracting(ResourceProbe::resource)
        .contains(
            "user",
            "agency",
            "person",
            "protection-case",
            "referral",
            "case-consent",
            "service-provider");
    List<String> violations = new ArrayList<>();
    int checks = 0;
    for (ResourceProbe probe : probes) {
      for (String role : policy.roles()) {
        Agency agency = accounts.agency(AgencyType.NGO);
        Authentication actor = TestSignIn.as(accounts.user(agency, role));
        String id = probe.create(accounts, agency);
        checks += checkRead(probe, role, actor, id, violations);
        for (String field : policy.fields(probe.resource()).keySet()) {
          checks += checkWrite(probe, role, actor, id, field, violations);
        }
      }
    }
    assertThat(checks).isGreaterThan(200);
    assertThat(violations).isEmpty();
  }

  private int checkRead(
      ResourceProbe probe, String role, Authentication actor, String id, List<String> violations)
      throws Exception {
    MvcResult result = mvc.perform(get(probe.path(id)).with(authentication(actor))).andReturn();
    int status = result.getResponse().getStatus();
    boolean mayRead = policy.allows(Set.of(role), probe.resource(), "read");
    String cell = role + " read " + probe.resource();
    if (status == 200) {
      if (!mayRead) {
        violations.add(cell + ": 200 without permission");
      }
      JsonNode body = json.readTree(result.getResponse().getContentAsString());
      Set<String> readable = policy.readable(Set.of(role), probe.resource());
      body.propertyNames()
          .forEach(
              f -> {
                if (!readable.contains(f)) {
                  violations.add(cell + ": forbidden field " + f + " present");
                }
              });
    } else if (mayRead && status != 404) {
      violations.add(cell + ": " + status + " although allowed");
    } else if (!mayRead && status != 403 && status != 404) {
      violations.add(cell + ": " + status + " instead of a refusal");
    }
    return 1;
  }

  private int checkWrite(
      ResourceProbe probe,
      String role,
      Authentication actor,
      String id,
      String field,
      List<String> violations)
      throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put(field, probe.sample(field));
    MvcResult result =
        mvc.perform(
                patch(probe.path(id))
                    .with(authentication(actor))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body)))
            .andReturn();
    int status = result.getResponse().getStatus();
    boolean mayWrite =
        policy.allows(Set.of(role), probe.resource(), "update")
            && policy.writable(Set.of(role), probe.resource()).contains(field);
    String cell = role + " write " + probe.resource() + "." + field;
    if (mayWrite && (status == 403 || status >= 500)) {
      violations.add(cell + ": " + status + " although allowed");
    }
    if (!mayWrite && status != 403 && status != 404) {
      violations.add(cell + ": " + status + " instead of a refusal");
    }
    return 1;
  }

  private static List<ResourceProbe> probes() throws ReflectiveOperationException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ResourceProbe.class));
    List<ResourceProbe> probes = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.samakki")) {
      probes.add(
          (ResourceProbe)
              Class.forName(definition.getBeanClassName()).getDeclaredConstructor().newInstance());
    }
    return probes;
  }
}
