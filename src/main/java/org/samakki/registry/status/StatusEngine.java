package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a worker's status on a day from their file and the schemes, and nothing else: a pure
 * function, so that any day, past or future, can be asked and the answer explained by its reasons.
 */
public final class StatusEngine {

  /** Entitlements ending within this many days make a worker expiring. */
  public static final int EXPIRING_DAYS = 90;

  /** A health check counts for a registration made up to this many days after it. */
  static final int HEALTH_CHECK_LEAD_DAYS = 180;

  private final SchemeBook schemes;

  public StatusEngine(SchemeBook schemes) {
    this.schemes = schemes;
  }

  public DerivedStatus derive(WorkerFile file, LocalDate day) {
    Optional<WorkerFile.Registration> current =
        file.registrations().stream()
            .filter(r -> !r.registeredOn().isAfter(day))
            .reduce((a, b) -> b);
    if (current.isEmpty()) {
      return new DerivedStatus(StatusKind.IRREGULAR, List.of(Reason.NO_REGISTRATION), null);
    }
    Optional<Scheme> scheme = schemes.find(current.get().schemeKey());
    if (scheme.isEmpty()) {
      return new DerivedStatus(StatusKind.IRREGULAR, List.of(Reason.NOT_ELIGIBLE), null);
    }
    Findings findings = new Findings();
    Rules rules = new Rules(file, scheme.get(), current.get(), day, findings, schemes);
    rules.eligibility();
    rules.requirements();
    rules.passport();
    rules.stayLimit();
    rules.employment();
    return findings.status(day);
  }

  /** The history of statuses from one day to another, and the next day it could change after. */
  public Timeline timeline(WorkerFile file, LocalDate from, LocalDate to) {
    List<LocalDate> changes = ChangeDays.of(file, schemes);
    List<StatusPeriod> periods = new ArrayList<>();
    DerivedStatus status = derive(file, from);
    LocalDate since = from;
    for (LocalDate day : changes) {
      if (!day.isAfter(from)) {
        continue;
      }
      if (day.isAfter(to)) {
        break;
      }
      DerivedStatus next = derive(file, day);
      if (!next.sameAs(status)) {
        periods.add(new StatusPeriod(status, since, day));
        status = next;
        since = day;
      } else if (!java.util.Objects.equals(next.nextDeadline(), status.nextDeadline())) {
        status = new DerivedStatus(status.kind(), status.reasons(), next.nextDeadline());
      }
    }
    periods.add(new StatusPeriod(status, since, null));
    LocalDate nextChange = null;
    for (LocalDate day : changes) {
      if (day.isAfter(to)) {
        nextChange = day;
        break;
      }
    }
    return new Timeline(periods, nextChange);
  }

  /** What the rules found on one day, sorted into the three kinds of finding. */
  static final class Findings {
    final Set<Reason> irregular = EnumSet.noneOf(Reason.class);
    final Set<Reason> grace = EnumSet.noneOf(Reason.class);
    final List<Expiry> expiries = new ArrayList<>();
    final List<LocalDate> graceDeadlines = new ArrayList<>();
    final List<LocalDate> dueDates = new ArrayList<>();

    /** Something that ends on a day and, when it is near, makes the worker expiring. */
    record Expiry(Reason reason, LocalDate on) {}

    DerivedStatus status(LocalDate day) {
      if (!irregular.isEmpty()) {
        return new DerivedStatus(StatusKind.IRREGULAR, List.copyOf(irregular), null);
      }
      if (!grace.isEmpty()) {
        return new DerivedStatus(StatusKind.GRACE, List.copyOf(grace), min(graceDeadlines));
      }
      LocalDate horizon = day.plusDays(EXPIRING_DAYS);
      Set<Reason> soon = EnumSet.noneOf(Reason.class);
      List<LocalDate> deadlines = new ArrayList<>(dueDates);
      for (Expiry expiry : expiries) {
        deadlines.add(expiry.on());
        if (!expiry.on().isAfter(horizon)) {
          soon.add(expiry.reason());
        }
      }
      if (!soon.isEmpty()) {
        return new DerivedStatus(StatusKind.EXPIRING, List.copyOf(soon), min(deadlines));
      }
      return new DerivedStatus(StatusKind.REGULAR, List.of(), min(deadlines));
    }

    private static LocalDate min(List<LocalDate> days) {
      LocalDate min = null;
      for (LocalDate day : days) {
        if (min == null || day.isBefore(min)) {
          min = day;
        }
      }
      return min;
    }
  }
}
