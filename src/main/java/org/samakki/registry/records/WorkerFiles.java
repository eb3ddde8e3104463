package org.samakki.registry.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samakki.registry.status.EntitlementKind;
import org.samakki.registry.status.WorkerFile;

/** Builds the status engine's view of a worker from their registrations and passports. */
public final class WorkerFiles {

  private WorkerFiles() {}

  public static WorkerFile of(
      String nationality, List<RegistrationFacts> registrations, List<LocalDate> passportExpiries) {
    List<WorkerFile.Registration> regs = new ArrayList<>();
    List<WorkerFile.Entitlement> entitlements = new ArrayList<>();
    List<WorkerFile.Employment> employment = new ArrayList<>();
    Map<String, RegistrationFacts> permits = new HashMap<>();
    for (RegistrationFacts r : byDay(registrations)) {
      LocalDate on = r.registeredOn();
      RegistrationFacts amended = permits.get(r.schemeKey());
      if (continues(r, amended)) {
        // a new employer on the same permit amends the registration; it is not a new one, so the
        // scheme's application window is the original registration's
        regs.add(new WorkerFile.Registration(r.schemeKey(), amended.registeredOn(), r.sector()));
      } else {
        regs.add(new WorkerFile.Registration(r.schemeKey(), on, r.sector()));
        permits.put(r.schemeKey(), r);
      }
      if (r.workPermitEnd() != null) {
        LocalDate start = r.workPermitStart() == null ? on : r.workPermitStart();
        entitlements.add(
            new WorkerFile.Entitlement(
                EntitlementKind.WORK_PERMIT,
                min(start, r.workPermitEnd()),
                r.workPermitEnd(),
                true));
      }
      held(entitlements, EntitlementKind.STAY_PERMIT, on, r.stayPermitEnd());
      held(entitlements, EntitlementKind.SOCIAL_SECURITY, on, r.socialSecurityEnd());
      held(entitlements, EntitlementKind.HEALTH_INSURANCE, on, r.healthInsuranceEnd());
      if (r.healthCheckDate() != null) {
        entitlements.add(
            new WorkerFile.Entitlement(
                EntitlementKind.HEALTH_CHECK,
                r.healthCheckDate(),
                null,
                !Boolean.FALSE.equals(r.healthCheckPassed())));
      }
      if (r.contractStart() != null) {
        LocalDate end =
            r.contractEnd() != null && r.contractEnd().isBefore(r.contractStart())
                ? null
                : r.contractEnd();
        employment.add(
            new WorkerFile.Employment(
                Long.toString(r.employerId()), r.contractStart(), end, r.employerChangeReported()));
      }
    }
    List<WorkerFile.Passport> passports =
        passportExpiries.stream().map(WorkerFile.Passport::new).toList();
    return new WorkerFile(nationality, regs, entitlements, employment, passports);
  }

  /** A row with the same permit (same scheme, same end, starting within it) as an earlier one. */
  private static boolean continues(RegistrationFacts row, RegistrationFacts earlier) {
    return earlier != null
        && row.workPermitEnd() != null
        && row.workPermitEnd().equals(earlier.workPermitEnd())
        && !row.registeredOn().isBefore(earlier.registeredOn())
        && !row.registeredOn().isAfter(earlier.workPermitEnd());
  }

  private static List<RegistrationFacts> byDay(List<RegistrationFacts> registrations) {
    return registrations.stream()
        .sorted(Comparator.comparing(RegistrationFacts::registeredOn))
        .toList();
  }

  /** The first day worth a status: the first registration (or nothing registered yet). */
  public static LocalDate firstDay(List<RegistrationFacts> registrations, LocalDate otherwise) {
    return registrations.stream()
        .map(RegistrationFacts::registeredOn)
        .min(Comparator.naturalOrder())
        .orElse(otherwise);
  }

  private static void held(
      List<WorkerFile.Entitlement> into, EntitlementKind kind, LocalDate from, LocalDate until) {
    if (until != null) {
      into.add(new WorkerFile.Entitlement(kind, min(from, until), until, true));
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? b : a;
  }
}
