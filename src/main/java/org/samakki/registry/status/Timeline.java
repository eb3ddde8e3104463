package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A worker's statuses as consecutive periods, and the next day their status may change. */
public record Timeline(List<StatusPeriod> periods, LocalDate nextChangeOn) {

  public Timeline {
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("A timeline has at least one period");
    }
  }

  public StatusPeriod current() {
    return periods.get(periods.size() - 1);
  }

  public Optional<StatusPeriod> on(LocalDate day) {
    return periods.stream().filter(p -> p.covers(day)).findFirst();
  }
}
