package org.samakki.access.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.samakki.access.PolicyResource;

/** A user account as the policy's {@code user} resource shows it; secrets are never part of it. */
@PolicyResource("user")
public record UserView(
    UUID id,
    String username,
    String displayName,
    UUID agencyId,
    String agencyName,
    String email,
    List<String> roles,
    String areaCode,
    UUID teamId,
    UUID supervisorId,
    LocalDate expiresOn,
    boolean secondFactorEnrolled,
    boolean mustChangePassword,
    boolean disabled,
    String disabledReason,
    Instant lastActiveAt,
    Instant createdAt) {

  static UserView of(UserAccount u, Agency agency) {
    return new UserView(
        u.id(),
        u.username(),
        u.displayName(),
        u.agencyId(),
        agency.name(),
        u.email(),
        u.roles().stream().sorted().toList(),
        u.areaCode(),
        u.teamId(),
        u.supervisorId(),
        u.expiresOn(),
        u.totpEnabled(),
        u.mustChangePassword(),
        u.disabled(),
        u.disabledReason(),
        u.lastActiveAt(),
        u.createdAt());
  }
}
