package org.samakki.access.sharing;

import java.time.Instant;
import java.util.UUID;

/** Another system's access: one agency, one role, one purpose, one agreement, a hashed secret. */
public record ApiClient(
    UUID id,
    UUID agencyId,
    String name,
    String role,
    String purpose,
    UUID agreementId,
    byte[] secretHash,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
