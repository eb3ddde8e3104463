package org.samakki.access.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.samakki.access.accounts.InvalidAccountException;

/** A registered agreement under which agencies share data, for named purposes, for a period. */
public record SharingAgreement(
    UUID id,
    String code,
    String title,
    Set<UUID> agencyIds,
    List<String> purposes,
    List<String> dataCategories,
    LocalDate validFrom,
    LocalDate validTo) {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

  public SharingAgreement {
    Objects.requireNonNull(id, "id");
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidAccountException("agreement.code.invalid");
    }
    if (title == null || title.isBlank() || title.length() > 300) {
      throw new InvalidAccountException("agreement.title.invalid");
    }
    if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
      throw new InvalidAccountException("agreement.period.invalid");
    }
    if (agencyIds.isEmpty() || purposes.isEmpty()) {
      throw new InvalidAccountException("agreement.parties.invalid");
    }
    title = title.strip();
    agencyIds = Set.copyOf(agencyIds);
    purposes = List.copyOf(purposes);
    dataCategories = List.copyOf(dataCategories);
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }
}
