package org.samakki.registry.statuses;

import java.time.LocalDate;
import java.util.List;
import org.samakki.registry.status.DerivedStatus;
import org.samakki.registry.status.Reason;

/** A worker's status on a day, as the API and the command line give it. */
public record StatusOn(
    long personId, LocalDate asOf, String status, List<String> reasons, LocalDate nextDeadline) {

  public StatusOn {
    reasons = List.copyOf(reasons);
  }

  public static StatusOn of(long personId, LocalDate asOf, DerivedStatus status) {
    return new StatusOn(
        personId,
        asOf,
        status.kind().name(),
        status.reasons().stream().map(Reason::name).toList(),
        status.nextDeadline());
  }
}
