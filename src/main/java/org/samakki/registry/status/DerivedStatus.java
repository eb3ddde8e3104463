package org.samakki.registry.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** A worker's status on a day, every reason for it, and the next date by which to act. */
public record DerivedStatus(StatusKind kind, List<Reason> reasons, LocalDate nextDeadline) {

  public DerivedStatus {
    Objects.requireNonNull(kind, "kind");
    reasons = List.copyOf(reasons);
  }

  /** Same situation, whatever the deadline: what makes a new period of the history. */
  public boolean sameAs(DerivedStatus other) {
    return kind == other.kind && reasons.equals(other.reasons);
  }

  /** For an expiring status: within 30, 60 or 90 days of the deadline on this day. */
  public int expiringWithin(LocalDate day) {
    if (kind != StatusKind.EXPIRING || nextDeadline == null) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(day, nextDeadline);
    return days <= 30 ? 30 : days <= 60 ? 60 : 90;
  }
}
