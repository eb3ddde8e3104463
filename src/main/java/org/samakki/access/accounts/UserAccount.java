package org.samakki.access.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A staff member's account as stored, secrets included; never shown as such. */
public record UserAccount(
    UUID id,
    UUID agencyId,
    String username,
    String displayName,
    String email,
    String passwordHash,
    boolean mustChangePassword,
    String totpSecret,
    boolean totpEnabled,
    String areaCode,
    UUID teamId,
    UUID supervisorId,
    LocalDate expiresOn,
    Instant disabledAt,
    String disabledReason,
    int securityVersion,
    Instant lastActiveAt,
    Instant createdAt,
    Set<String> roles) {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  static final Pattern AREA = Pattern.compile("\\d{2}|\\d{4}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");

  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agencyId, "agencyId");
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidAccountException("user.username.invalid");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw new InvalidAccountException("user.displayName.invalid");
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      throw new InvalidAccountException("user.email.invalid");
    }
    if (areaCode != null && !AREA.matcher(areaCode).matches()) {
      throw new InvalidAccountException("user.area.invalid");
    }
    displayName = displayName.strip();
    roles = Set.copyOf(roles);
  }

  public boolean disabled() {
    return disabledAt != null;
  }

  /** Whether the account may be used on this day: not disabled and not past its expiry. */
  public boolean usableOn(LocalDate day) {
    return !disabled() && (expiresOn == null || !day.isAfter(expiresOn));
  }
}
