package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The only days on which a worker's status can change: a rule compares the day with dates of the
 * file (starts, ends, deadlines, the 90-day horizon), so its answer changes only at those dates.
 */
final class ChangeDays {

  private ChangeDays() {}

  static List<LocalDate> of(WorkerFile file, SchemeBook schemes) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (WorkerFile.Registration r : file.registrations()) {
      days.add(r.registeredOn());
      schemes
          .find(r.schemeKey())
          .ifPresent(
              s -> {
                s.requirements()
                    .forEach(q -> days.add(r.registeredOn().plusDays(q.withinDays() + 1L)));
                LocalDate limit = Rules.stayLimitOf(file, s, schemes);
                if (limit != null) {
                  expiry(days, limit);
                }
                for (WorkerFile.Entitlement e : file.entitlements()) {
                  if (e.endsOn() != null) {
                    days.add(e.endsOn().plusDays(s.renewalGraceDays() + 1L));
                  }
                }
                for (WorkerFile.Employment e : file.employment()) {
                  days.add(e.startsOn().plusDays(s.employerChangeDeadlineDays() + 1L));
                  if (e.endsOn() != null) {
                    days.add(e.endsOn().plusDays(s.jobSearchDays() + 1L));
                  }
                }
              });
    }
    for (WorkerFile.Entitlement e : file.entitlements()) {
      days.add(e.startsOn());
      if (e.endsOn() != null) {
        expiry(days, e.endsOn());
      }
    }
    for (WorkerFile.Employment e : file.employment()) {
      days.add(e.startsOn());
      if (e.endsOn() != null) {
        days.add(e.endsOn().plusDays(1));
      }
      if (e.reportedOn() != null) {
        days.add(e.reportedOn());
      }
    }
    file.passports().forEach(p -> expiry(days, p.expiresOn()));
    return List.copyOf(days);
  }

  /** The day after an end, and the day it comes within the expiring horizon. */
  private static void expiry(TreeSet<LocalDate> days, LocalDate end) {
    days.add(end.plusDays(1));
    days.add(end.minusDays(StatusEngine.EXPIRING_DAYS));
  }
}
