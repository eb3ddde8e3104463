package org.samakki.access.accounts;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What an administrator submits for a user: {@code fields} names what was sent, so that a field the
 * administrator may not write is refused even when its value is empty (no mass assignment).
 */
public record UserChanges(
    Set<String> fields,
    String displayName,
    String email,
    Set<String> roles,
    String areaCode,
    UUID teamId,
    UUID supervisorId,
    LocalDate expiresOn) {

  public UserChanges {
    fields = Set.copyOf(fields);
    roles = roles == null ? null : Set.copyOf(roles);
    email = blankToNull(email);
    areaCode = blankToNull(areaCode);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
