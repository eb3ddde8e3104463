package org.samakki.registry.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    for (RegistrationFacts r : registrations) {
      LocalDate on = r.registeredOn();
      regs.add(new WorkerFile.Registration(r.schemeKey(), on, r.sector()));
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
