package org.samakki.access;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the access rules need to know about one record, given by the module that owns it: its owning
 * agency, area, team, the workers assigned to it and whether it is highly sensitive (trafficking
 * victim, child in detention, gender-based violence).
 */
public record RecordFacts(
    String resource,
    String recordId,
    UUID ownerAgencyId,
    String areaCode,
    UUID teamId,
    Set<UUID> assignees,
    boolean highlySensitive) {

  public RecordFacts {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(recordId, "recordId");
    assignees = Set.copyOf(assignees);
  }

  /** A record of an agency with no assignment and no sensitivity flag. */
  public static RecordFacts ofAgency(String resource, String recordId, UUID agencyId, String area) {
    return new RecordFacts(resource, recordId, agencyId, area, null, Set.of(), false);
  }
}
