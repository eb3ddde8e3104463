package org.samakki.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a signed-in user or an API client, with their agency, roles, area scope and team —
 * everything the access rules consider.
 */
public record Actor(
    UUID id,
    String name,
    Kind kind,
    UUID agencyId,
    AgencyType agencyType,
    Set<String> roles,
    String areaCode,
    UUID teamId,
    boolean secondFactorDone) {

  /** A person at a screen or another system. */
  public enum Kind {
    USER,
    API_CLIENT
  }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(agencyId, "agencyId");
    roles = Set.copyOf(roles);
  }

  /** The province or district the actor works in; empty for the whole country. */
  public Optional<String> area() {
    return Optional.ofNullable(areaCode);
  }

  /** Whether a record in this area (a DOPA code) lies within the actor's area. */
  public boolean covers(String recordAreaCode) {
    return areaCode == null || (recordAreaCode != null && recordAreaCode.startsWith(areaCode));
  }
}
