package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.Objects;

/** A status that held from one day until the day before {@code until} (open-ended if null). */
public record StatusPeriod(DerivedStatus status, LocalDate from, LocalDate until) {

  public StatusPeriod {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
    if (until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException("A period must last at least a day");
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && (until == null || day.isBefore(until));
  }
}
