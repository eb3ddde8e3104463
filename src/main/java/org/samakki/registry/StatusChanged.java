package org.samakki.registry;

import java.time.LocalDate;
import java.util.List;

/** A worker's legal status changed on a day, for example from expiring to irregular. */
public record StatusChanged(
    long personId,
    String from,
    String to,
    List<String> reasons,
    LocalDate on,
    LocalDate nextDeadline) {

  public StatusChanged {
    reasons = List.copyOf(reasons);
  }
}
