package org.samakki.access.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.samakki.access.PolicyResource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The policy file is complete, consistent and enforceable (DP-04, DP-16). */
class AccessPolicyTests {

  static final AccessPolicy POLICY =
      AccessPolicy.load(new ClassPathResource(AccessPolicy.LOCATION));

  @Test
  void everyRoleOfTheDomainExistsOutOfTheBox() {
    assertThat(POLICY.roles())
        .contains(
            "registration-officer",
            "labour-inspector",
            "caseworker",
            "mdt-member",
            "supervisor",
            "enumerator",
            "health-volunteer",
            "analyst",
            "administrator",
            "data-protection-officer");
  }

  /** Every module's resource view: each of its fields must be declared, and nothing more. */
  @Test
  void everyFieldOfEveryResourceViewHasAPolicy() throws Exception {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(PolicyResource.class));
    List<String> problems = new java.util.ArrayList<>();
    int views = 0;
    for (BeanDefinition definition : scanner.findCandidateComponents("org.samakki")) {
      Class<?> view = Class.forName(definition.getBeanClassName());
      views++;
      String resource = view.getAnnotation(PolicyResource.class).value();
      if (!POLICY.resources().contains(resource)) {
        problems.add(view.getSimpleName() + " names unknown resource " + resource);
        continue;
      }
      Set<String> declared = POLICY.fields(resource).keySet();
      Set<String> components = new TreeSet<>();
      Arrays.stream(view.getRecordComponents())
          .map(RecordComponent::getName)
          .forEach(components::add);
      components.stream()
          .filter(c -> !declared.contains(c))
          .forEach(
              c ->
                  problems.add(
                      resource + "." + c + " (in " + view.getSimpleName() + ") has no policy"));
      declared.stream()
          .filter(d -> !components.contains(d))
          .forEach(
              d ->
                  problems.add(
                      resource
                          + "."
                          + d
                          + " is declared but "
                          + view.getSimpleName()
                          + " has no such field"));
    }
    assertThat(views).isGreaterThanOrEqualTo(3);
    assertThat(problems).isEmpty();
  }

  @Test
  void aFieldMissingFromTheFileWouldFailTheBuild() {
    assertThat(POLICY.fields("user")).doesNotContainKey("passwordHash");
    assertThat(POLICY.readable(Set.of("administrator"), "user")).doesNotContain("passwordHash");
  }

  @Test
  void mistakesInAPolicyFileAreAllReportedAtOnce() {
    String broken =
        """
        version: 1
        second-factor: {agency-types: [GOVERNMENT], roles: [nobody], actions: []}
        purposes:
          account: {description: x, legal-basis: consent}
        resources:
          user:
            module: access
            fields: {id: [identifier]}
        roles:
          clerk:
            purposes: [account, gossip]
            permissions:
              user: {actions: [read], scope: own, read: [id, salary]}
              case: {actions: [read], scope: own}
        endpoints:
          - {paths: ["/x"], resource: user, action: read}
        """;
    assertThatThrownBy(
            () -> AccessPolicy.load(new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown role nobody")
        .hasMessageContaining("unknown purpose gossip")
        .hasMessageContaining("user.salary")
        .hasMessageContaining("unknown resource case")
        .hasMessageContaining("needs access, or a resource, an action and a purpose");
  }

  @Test
  void fieldsAndSectionsExpandToWhatARoleMayRead() {
    assertThat(POLICY.readable(Set.of("supervisor"), "user"))
        .contains("username", "displayName", "roles", "areaCode")
        .doesNotContain("email", "lastActiveAt", "secondFactorEnrolled");
    assertThat(POLICY.writable(Set.of("administrator"), "user"))
        .contains("displayName", "roles")
        .doesNotContain("username", "lastActiveAt");
  }

  @Test
  void theAnalystSeesNoIndividualRecords() {
    for (String resource : POLICY.resources()) {
      if (POLICY.document().resources().get(resource).personalData()) {
        assertThat(POLICY.allows(Set.of("analyst"), resource, "read")).as(resource).isFalse();
        assertThat(POLICY.allows(Set.of("analyst"), resource, "list")).as(resource).isFalse();
      }
    }
  }

  @Test
  void governmentAndUnStaffAndAdministratorsMustUseASecondFactor() {
    assertThat(POLICY.secondFactorRequired(Set.of("caseworker"), "GOVERNMENT")).isTrue();
    assertThat(POLICY.secondFactorRequired(Set.of("enumerator"), "UN_AGENCY")).isTrue();
    assertThat(POLICY.secondFactorRequired(Set.of("administrator"), "NGO")).isTrue();
    assertThat(POLICY.secondFactorRequired(Set.of("caseworker"), "NGO")).isFalse();
    assertThat(POLICY.secondFactorAction("export")).isTrue();
  }

  @Test
  void theProcessingRecordListsEveryPurposeAndEveryFieldTag() {
    List<ProcessingRecord.Activity> activities = ProcessingRecord.of(POLICY);
    Set<String> purposes = new TreeSet<>();
    Set<String> tags = new TreeSet<>();
    activities.forEach(
        a -> {
          purposes.add(a.purpose());
          tags.addAll(a.fieldTags());
        });
    Set<String> allTags = new TreeSet<>();
    POLICY
        .document()
        .resources()
        .values()
        .forEach(r -> r.fields().values().forEach(allTags::addAll));
    assertThat(purposes).containsExactlyInAnyOrderElementsOf(POLICY.document().purposes().keySet());
    assertThat(tags).containsExactlyInAnyOrderElementsOf(allTags);
    assertThat(activities)
        .filteredOn(a -> a.resource().equals("user") && a.purpose().equals("administration"))
        .singleElement()
        .satisfies(a -> assertThat(a.roles()).contains("administrator", "platform-administrator"));
  }

  @Test
  void anUnlistedPathMatchesNoRule() {
    assertThat(POLICY.endpointFor("GET", "/secret/backdoor")).isEmpty();
    assertThat(POLICY.endpointFor("DELETE", "/admin/users/123")).isEmpty();
    assertThat(POLICY.endpointFor("GET", "/admin/users/123"))
        .get()
        .extracting(EndpointRule::action)
        .isEqualTo("read");
  }
}
