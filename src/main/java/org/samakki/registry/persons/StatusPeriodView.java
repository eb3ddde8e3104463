package org.samakki.registry.persons;

import java.time.LocalDate;
import java.util.List;
import org.samakki.access.PolicyResource;

/** One period of a worker's status history, as the policy's {@code worker-status} shows it. */
@PolicyResource("worker-status")
public record StatusPeriodView(
    String personId,
    String status,
    List<String> reasons,
    LocalDate nextDeadline,
    LocalDate validFrom,
    LocalDate validTo) {

  public StatusPeriodView {
    reasons = List.copyOf(reasons);
  }
}
