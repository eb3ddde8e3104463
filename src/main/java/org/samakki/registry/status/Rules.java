package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rules of a scheme applied to one worker's file on one day. */
final class Rules {

  private final WorkerFile file;
  private final Scheme scheme;
  private final WorkerFile.Registration registration;
  private final LocalDate day;
  private final StatusEngine.Findings findings;
  private final SchemeBook schemes;

  Rules(
      WorkerFile file,
      Scheme scheme,
      WorkerFile.Registration registration,
      LocalDate day,
      StatusEngine.Findings findings,
      SchemeBook schemes) {
    this.file = file;
    this.scheme = scheme;
    this.registration = registration;
    this.day = day;
    this.findings = findings;
    this.schemes = schemes;
  }

  void eligibility() {
    if (!scheme.admits(file.nationality(), registration.sector(), registration.registeredOn())) {
      findings.irregular.add(Reason.NOT_ELIGIBLE);
    }
  }

  void requirements() {
    for (Scheme.Requirement requirement : scheme.requirements()) {
      if (!requirement.appliesTo(registration.sector())) {
        continue;
      }
      LocalDate due = registration.registeredOn().plusDays(requirement.withinDays());
      if (requirement.kind() == EntitlementKind.HEALTH_CHECK) {
        healthCheck(due);
      } else {
        held(requirement.kind(), due);
      }
    }
  }

  /**
   * The latest check made for this registration decides; a failed one makes the worker irregular.
   */
  private void healthCheck(LocalDate due) {
    LocalDate earliest = registration.registeredOn().minusDays(StatusEngine.HEALTH_CHECK_LEAD_DAYS);
    Optional<WorkerFile.Entitlement> check =
        file.entitlements().stream()
            .filter(e -> e.kind() == EntitlementKind.HEALTH_CHECK)
            .filter(e -> !e.startsOn().isAfter(day) && !e.startsOn().isBefore(earliest))
            .reduce((a, b) -> b);
    if (check.isPresent()) {
      if (!check.get().passed()) {
        findings.irregular.add(Reason.HEALTH_CHECK_FAILED);
      }
    } else if (day.isAfter(due)) {
      findings.irregular.add(Reason.HEALTH_CHECK_MISSING);
    } else {
      findings.dueDates.add(due);
    }
  }

  private void held(EntitlementKind kind, LocalDate due) {
    List<WorkerFile.Entitlement> ofKind =
        file.entitlements().stream().filter(e -> e.kind() == kind).toList();
    Optional<WorkerFile.Entitlement> covering =
        ofKind.stream().filter(e -> e.covers(day)).max(byEnd());
    if (covering.isPresent()) {
      if (covering.get().endsOn() != null) {
        findings.expiries.add(
            new StatusEngine.Findings.Expiry(Reason.expiring(kind), covering.get().endsOn()));
      }
      return;
    }
    Optional<WorkerFile.Entitlement> ended =
        ofKind.stream()
            .filter(e -> e.endsOn() != null && e.endsOn().isBefore(day))
            .filter(e -> !e.endsOn().isBefore(registration.registeredOn()))
            .max(byEnd());
    if (ended.isPresent()) {
      LocalDate graceEnd = ended.get().endsOn().plusDays(scheme.renewalGraceDays());
      if (kind == EntitlementKind.WORK_PERMIT
          && !day.isAfter(graceEnd)
          && scheme.renewalGraceDays() > 0) {
        findings.grace.add(Reason.WORK_PERMIT_RENEWAL_PENDING);
        findings.graceDeadlines.add(graceEnd);
      } else {
        findings.irregular.add(Reason.expired(kind));
      }
    } else if (day.isAfter(due)) {
      findings.irregular.add(Reason.missing(kind));
    } else {
      findings.dueDates.add(due);
    }
  }

  void passport() {
    if (!scheme.requiresPassport()) {
      return;
    }
    Optional<LocalDate> valid =
        file.passports().stream()
            .map(WorkerFile.Passport::expiresOn)
            .filter(d -> !d.isBefore(day))
            .max(Comparator.naturalOrder());
    if (valid.isPresent()) {
      findings.expiries.add(
          new StatusEngine.Findings.Expiry(Reason.PASSPORT_EXPIRING, valid.get()));
    } else {
      findings.irregular.add(
          file.passports().isEmpty() ? Reason.PASSPORT_MISSING : Reason.PASSPORT_EXPIRED);
    }
  }

  /** MOU workers may stay a limited number of years from their first MOU registration. */
  void stayLimit() {
    Optional<LocalDate> limit = stayLimitOf(file, scheme, schemes);
    if (limit.isEmpty()) {
      return;
    }
    if (day.isAfter(limit.get())) {
      findings.irregular.add(Reason.MOU_PERIOD_OVERSTAYED);
    } else {
      findings.expiries.add(
          new StatusEngine.Findings.Expiry(Reason.MOU_PERIOD_ENDING, limit.get()));
    }
  }

  static Optional<LocalDate> stayLimitOf(WorkerFile file, Scheme scheme, SchemeBook schemes) {
    if (scheme.maxStayYears() == null) {
      return Optional.empty();
    }
    return file.registrations().stream()
        .filter(
            r ->
                schemes.find(r.schemeKey()).map(s -> s.channel() == scheme.channel()).orElse(false))
        .map(WorkerFile.Registration::registeredOn)
        .min(Comparator.naturalOrder())
        .map(entry -> entry.plusYears(scheme.maxStayYears()).minusDays(1));
  }

  /**
   * A new employer must be reported within the scheme's deadline (grace until then); without any
   * employer, a worker has the scheme's job-search days to find one.
   */
  void employment() {
    List<WorkerFile.Employment> episodes = file.employment();
    Optional<WorkerFile.Employment> now =
        episodes.stream().filter(e -> e.covers(day)).reduce((a, b) -> b);
    if (now.isPresent()) {
      employerChange(episodes, now.get());
      return;
    }
    Optional<WorkerFile.Employment> ended =
        episodes.stream()
            .filter(e -> e.endsOn() != null && e.endsOn().isBefore(day))
            .max(Comparator.comparing(WorkerFile.Employment::endsOn));
    if (ended.isEmpty()) {
      return;
    }
    LocalDate limit = ended.get().endsOn().plusDays(scheme.jobSearchDays());
    if (day.isAfter(limit)) {
      findings.irregular.add(Reason.NO_EMPLOYER);
    } else {
      findings.grace.add(Reason.LOOKING_FOR_EMPLOYER);
      findings.graceDeadlines.add(limit);
    }
  }

  private void employerChange(List<WorkerFile.Employment> episodes, WorkerFile.Employment current) {
    Optional<WorkerFile.Employment> previous =
        episodes.stream()
            .filter(e -> e.startsOn().isBefore(current.startsOn()))
            .reduce((a, b) -> b);
    boolean changed = previous.isPresent() && !previous.get().employer().equals(current.employer());
    if (!changed || current.startsOn().isBefore(registration.registeredOn())) {
      return;
    }
    LocalDate due = current.startsOn().plusDays(scheme.employerChangeDeadlineDays());
    boolean reportedByNow = current.reportedOn() != null && !current.reportedOn().isAfter(day);
    if (reportedByNow) {
      return;
    }
    if (day.isAfter(due)) {
      findings.irregular.add(Reason.EMPLOYER_CHANGE_NOT_REPORTED);
    } else {
      findings.grace.add(Reason.EMPLOYER_CHANGE_PENDING);
      findings.graceDeadlines.add(due);
    }
  }

  private static Comparator<WorkerFile.Entitlement> byEnd() {
    return Comparator.comparing(e -> e.endsOn() == null ? LocalDate.MAX : e.endsOn());
  }
}
