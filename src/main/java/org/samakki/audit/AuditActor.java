package org.samakki.audit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Who acted: a signed-in user or API client, the system itself, or someone not yet signed in. */
public record AuditActor(UUID id, String name, List<String> roles, UUID agencyId) {

  public static final AuditActor SYSTEM = new AuditActor(null, "system", List.of(), null);

  public AuditActor {
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
  }

  /** Someone who is not signed in, known only by the name they typed. */
  public static AuditActor anonymous(String typedName) {
    String name = typedName == null || typedName.isBlank() ? "anonymous" : typedName.strip();
    return new AuditActor(
        null, name.length() > 100 ? name.substring(0, 100) : name, List.of(), null);
  }
}
