package org.samakki.access.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.samakki.access.AgencyType;

/** An organisation using Samakki: the tenant its users and records belong to. */
public record Agency(
    UUID id, String code, String name, AgencyType type, boolean active, Instant createdAt) {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

  public Agency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidAccountException("agency.code.invalid");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new InvalidAccountException("agency.name.invalid");
    }
    name = name.strip();
  }
}
