package org.samakki.registry.status;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a scheme applied to one worker's file on one day. Plain loops over the file's few
 * entries: the engine runs for millions of workers at a few dozen days each.
 */
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
    WorkerFile.Entitlement check = null;
    for (WorkerFile.Entitlement e : file.entitlements()) {
      if (e.kind() == EntitlementKind.HEALTH_CHECK
          && !e.startsOn().isAfter(day)
          && !e.startsOn().isBefore(earliest)) {
        check = e;
      }
    }
    if (check != null) {
      if (!check.passed()) {
        findings.irregular.add(Reason.HEALTH_CHECK_FAILED);
      }
    } else if (day.isAfter(due)) {
      findings.irregular.add(Reason.HEALTH_CHECK_MISSING);
    } else {
      findings.dueDates.add(due);
    }
  }

  private void held(EntitlementKind kind, LocalDate due) {
    WorkerFile.Entitlement covering = null;
    WorkerFile.Entitlement ended = null;
    for (WorkerFile.Entitlement e : file.entitlements()) {
      if (e.kind() != kind) {
        continue;
      }
      if (e.covers(day)) {
        if (covering == null || endOf(e).isAfter(endOf(covering))) {
          covering = e;
        }
      } else if (e.endsOn() != null
          && e.endsOn().isBefore(day)
          && !e.endsOn().isBefore(registration.registeredOn())
          && (ended == null || e.endsOn().isAfter(ended.endsOn()))) {
        ended = e;
      }
    }
    if (covering != null) {
      if (covering.endsOn() != null) {
        findings.expiries.add(
            new StatusEngine.Findings.Expiry(Reason.expiring(kind), covering.endsOn()));
      }
    } else if (ended != null) {
      LocalDate graceEnd = ended.endsOn().plusDays(scheme.renewalGraceDays());
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
    LocalDate valid = null;
    for (WorkerFile.Passport p : file.passports()) {
      if (!p.expiresOn().isBefore(day) && (valid == null || p.expiresOn().isAfter(valid))) {
        valid = p.expiresOn();
      }
    }
    if (valid != null) {
      findings.expiries.add(new StatusEngine.Findings.Expiry(Reason.PASSPORT_EXPIRING, valid));
    } else {
      findings.irregular.add(
          file.passports().isEmpty() ? Reason.PASSPORT_MISSING : Reason.PASSPORT_EXPIRED);
    }
  }

  /** MOU workers may stay a limited number of years from their first MOU registration. */
  void stayLimit() {
    LocalDate limit = stayLimitOf(file, scheme, schemes);
    if (limit == null) {
      return;
    }
    if (day.isAfter(limit)) {
      findings.irregular.add(Reason.MOU_PERIOD_OVERSTAYED);
    } else {
      findings.expiries.add(new StatusEngine.Findings.Expiry(Reason.MOU_PERIOD_ENDING, limit));
    }
  }

  /** The last day of an MOU worker's stay, or null for schemes without a limit. */
  static LocalDate stayLimitOf(WorkerFile file, Scheme scheme, SchemeBook schemes) {
    if (scheme.maxStayYears() == null) {
      return null;
    }
    LocalDate entry = null;
    for (WorkerFile.Registration r : file.registrations()) {
      Scheme other = schemes.find(r.schemeKey()).orElse(null);
      if (other != null
          && other.channel() == scheme.channel()
          && (entry == null || r.registeredOn().isBefore(entry))) {
        entry = r.registeredOn();
      }
    }
    return entry == null ? null : entry.plusYears(scheme.maxStayYears()).minusDays(1);
  }

  /**
   * A new employer must be reported within the scheme's deadline (grace until then); without any
   * employer, a worker has the scheme's job-search days to find one.
   */
  void employment() {
    List<WorkerFile.Employment> episodes = file.employment();
    WorkerFile.Employment now = null;
    WorkerFile.Employment ended = null;
    for (WorkerFile.Employment e : episodes) {
      if (e.covers(day)) {
        now = e;
      } else if (e.endsOn() != null
          && e.endsOn().isBefore(day)
          && (ended == null || e.endsOn().isAfter(ended.endsOn()))) {
        ended = e;
      }
    }
    if (now != null) {
      employerChange(episodes, now);
      return;
    }
    if (ended == null) {
      return;
    }
    LocalDate limit = ended.endsOn().plusDays(scheme.jobSearchDays());
    if (day.isAfter(limit)) {
      findings.irregular.add(Reason.NO_EMPLOYER);
    } else {
      findings.grace.add(Reason.LOOKING_FOR_EMPLOYER);
      findings.graceDeadlines.add(limit);
    }
  }

  private void employerChange(List<WorkerFile.Employment> episodes, WorkerFile.Employment current) {
    WorkerFile.Employment previous = null;
    for (WorkerFile.Employment e : episodes) {
      if (e.startsOn().isBefore(current.startsOn())) {
        previous = e;
      }
    }
    boolean changed = previous != null && !previous.employer().equals(current.employer());
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

  private static LocalDate endOf(WorkerFile.Entitlement e) {
    return e.endsOn() == null ? LocalDate.MAX : e.endsOn();
  }
}
