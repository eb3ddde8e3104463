package org.samakki.access.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The record of processing activities (DP-16), generated from the policy file: for each purpose,
 * the kinds of records processed, what they hold, who acts, who receives, and how long they stay.
 */
public final class ProcessingRecord {

  private ProcessingRecord() {}

  /** One purpose applied to one kind of record. */
  public record Activity(
      String purpose,
      String purposeDescription,
      String legalBasis,
      String resource,
      String resourceDescription,
      boolean personalData,
      List<String> dataCategories,
      Set<String> fieldTags,
      Set<String> roles,
      List<String> recipients,
      String retention) {}

  public static List<Activity> of(AccessPolicy policy) {
    PolicyDocument document = policy.document();
    List<Activity> activities = new ArrayList<>();
    document
        .purposes()
        .forEach(
            (purpose, definition) -> {
              Set<String> resources = new TreeSet<>();
              policy.endpoints().stream()
                  .filter(e -> e.serves(purpose) && e.resource() != null)
                  .forEach(e -> resources.add(e.resource()));
              if (definition.resources() != null) {
                resources.addAll(definition.resources());
              }
              for (String resource : resources) {
                PolicyDocument.Resource r = document.resources().get(resource);
                Set<String> tags = new TreeSet<>();
                r.fields().values().forEach(tags::addAll);
                Set<String> roles = new TreeSet<>();
                document
                    .roles()
                    .forEach(
                        (role, d) -> {
                          if (d.purposes().contains(purpose)
                              && d.permissions().containsKey(resource)) {
                            roles.add(role);
                          }
                        });
                activities.add(
                    new Activity(
                        purpose,
                        definition.description(),
                        definition.legalBasis(),
                        resource,
                        r.description(),
                        r.personalData(),
                        list(r.dataCategories()),
                        tags,
                        roles,
                        list(r.recipients()),
                        r.retention()));
              }
            });
    return activities;
  }

  /** Every purpose of the policy, with or without an endpoint yet. */
  public static Map<String, PolicyDocument.Purpose> purposes(AccessPolicy policy) {
    return policy.document().purposes();
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values;
  }
}
