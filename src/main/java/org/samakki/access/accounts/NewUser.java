package org.samakki.access.accounts;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A user account to create; without an initial password, one is generated and shown once. */
public record NewUser(
    UUID agencyId,
    String username,
    String displayName,
    String email,
    Set<String> roles,
    String areaCode,
    LocalDate expiresOn,
    String initialPassword) {

  public NewUser {
    roles = Set.copyOf(roles);
  }
}
