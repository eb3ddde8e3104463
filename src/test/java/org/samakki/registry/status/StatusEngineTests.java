package org.samakki.registry.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samakki.registry.status.Scheme.Requirement;
import org.samakki.registry.status.WorkerFile.Employment;
import org.samakki.registry.status.WorkerFile.Entitlement;
import org.samakki.registry.status.WorkerFile.Passport;
import org.samakki.registry.status.WorkerFile.Registration;

/** The rules of migrant workers' legal status, one test per rule. */
class StatusEngineTests {

  static final Set<String> COVERED = Set.of("MANUFACTURING", "CONSTRUCTION", "SEAFOOD_PROCESSING");
  static final Scheme MOU =
      new Scheme(
          "MOU-MMR",
          1,
          "MOU recruitment from Myanmar",
          Scheme.Channel.MOU,
          Set.of("MMR"),
          Set.of(),
          null,
          null,
          24,
          4,
          15,
          30,
          0,
          true,
          List.of(
              new Requirement(EntitlementKind.WORK_PERMIT, 30, null),
              new Requirement(EntitlementKind.STAY_PERMIT, 0, null),
              new Requirement(EntitlementKind.HEALTH_CHECK, 30, null),
              new Requirement(EntitlementKind.SOCIAL_SECURITY, 30, COVERED),
              new Requirement(
                  EntitlementKind.HEALTH_INSURANCE, 30, Set.of("AGRICULTURE", "DOMESTIC_WORK"))));
  static final Scheme REGULARISATION =
      new Scheme(
          "CR-2023",
          1,
          "In-country regularisation, Cabinet resolution of 26 September 2023",
          Scheme.Channel.IN_COUNTRY,
          Set.of("MMR", "KHM", "LAO", "VNM"),
          Set.of(),
          LocalDate.of(2023, 10, 1),
          LocalDate.of(2024, 2, 13),
          24,
          null,
          15,
          30,
          30,
          false,
          List.of(
              new Requirement(EntitlementKind.WORK_PERMIT, 60, null),
              new Requirement(EntitlementKind.HEALTH_CHECK, 60, null)));
  static final StatusEngine ENGINE = new StatusEngine(SchemeBook.of(List.of(MOU, REGULARISATION)));

  static final LocalDate REGISTERED = LocalDate.of(2023, 1, 10);

  /** A Myanmar MOU worker in a factory, with everything in order until early 2025. */
  static Builder mouWorker() {
    return new Builder("MMR")
        .registration("MOU-MMR/1", REGISTERED, "MANUFACTURING")
        .entitlement(EntitlementKind.WORK_PERMIT, REGISTERED.plusDays(5), LocalDate.of(2025, 1, 9))
        .entitlement(EntitlementKind.STAY_PERMIT, REGISTERED, LocalDate.of(2025, 1, 9))
        .entitlement(
            EntitlementKind.SOCIAL_SECURITY, REGISTERED.plusDays(20), LocalDate.of(2025, 1, 9))
        .healthCheck(REGISTERED.minusDays(10), true)
        .employment("EMP-1", REGISTERED, null, null)
        .passport(LocalDate.of(2028, 6, 30));
  }

  @Test
  void aWorkerWithEverythingInOrderIsRegularUntilNinetyDaysBeforeThePermitEnds() {
    DerivedStatus status = ENGINE.derive(mouWorker().build(), LocalDate.of(2024, 3, 1));
    assertThat(status.kind()).isEqualTo(StatusKind.REGULAR);
    assertThat(status.reasons()).isEmpty();
    assertThat(status.nextDeadline()).isEqualTo(LocalDate.of(2025, 1, 9));
  }

  @Test
  void permitsEndingWithinNinetyDaysMakeAWorkerExpiringInThe30_60_90DayBands() {
    WorkerFile file = mouWorker().build();
    DerivedStatus in80 = ENGINE.derive(file, LocalDate.of(2024, 10, 21));
    assertThat(in80.kind()).isEqualTo(StatusKind.EXPIRING);
    assertThat(in80.reasons())
        .containsExactly(
            Reason.WORK_PERMIT_EXPIRING, Reason.STAY_EXPIRING, Reason.SOCIAL_SECURITY_EXPIRING);
    assertThat(in80.expiringWithin(LocalDate.of(2024, 10, 21))).isEqualTo(90);
    assertThat(in80.expiringWithin(LocalDate.of(2024, 11, 20))).isEqualTo(60);
    assertThat(
            ENGINE
                .derive(file, LocalDate.of(2024, 12, 20))
                .expiringWithin(LocalDate.of(2024, 12, 20)))
        .isEqualTo(30);
    assertThat(ENGINE.derive(file, LocalDate.of(2024, 10, 10)).kind())
        .isEqualTo(StatusKind.REGULAR);
  }

  @Test
  void anExpiredWorkPermitMakesTheWorkerIrregularAndARenewalClearsIt() {
    WorkerFile lapsed = mouWorker().build();
    DerivedStatus after = ENGINE.derive(lapsed, LocalDate.of(2025, 1, 10));
    assertThat(after.kind()).isEqualTo(StatusKind.IRREGULAR);
    assertThat(after.reasons())
        .contains(Reason.WORK_PERMIT_EXPIRED, Reason.STAY_EXPIRED, Reason.SOCIAL_SECURITY_EXPIRED);

    WorkerFile renewed =
        mouWorker()
            .entitlement(
                EntitlementKind.WORK_PERMIT, LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 9))
            .entitlement(
                EntitlementKind.STAY_PERMIT, LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 9))
            .entitlement(
                EntitlementKind.SOCIAL_SECURITY,
                LocalDate.of(2025, 1, 10),
                LocalDate.of(2027, 1, 9))
            .build();
    assertThat(ENGINE.derive(renewed, LocalDate.of(2025, 1, 10)).kind())
        .isEqualTo(StatusKind.REGULAR);
  }

  @Test
  void anUnreportedEmployerChangePastTheSchemesDeadlineMakesAWorkerIrregular() {
    WorkerFile changed =
        mouWorker()
            .endEmployment(LocalDate.of(2024, 2, 29))
            .employment("EMP-2", LocalDate.of(2024, 3, 1), null, null)
            .build();
    DerivedStatus pending = ENGINE.derive(changed, LocalDate.of(2024, 3, 10));
    assertThat(pending.kind()).isEqualTo(StatusKind.GRACE);
    assertThat(pending.reasons()).containsExactly(Reason.EMPLOYER_CHANGE_PENDING);
    assertThat(pending.nextDeadline()).isEqualTo(LocalDate.of(2024, 3, 16));
    DerivedStatus late = ENGINE.derive(changed, LocalDate.of(2024, 3, 17));
    assertThat(late.kind()).isEqualTo(StatusKind.IRREGULAR);
    assertThat(late.reasons()).containsExactly(Reason.EMPLOYER_CHANGE_NOT_REPORTED);
  }

  @Test
  void anEmployerChangeReportedInTimeKeepsTheWorkerRegularAndALateReportEndsTheIrregularity() {
    WorkerFile inTime =
        mouWorker()
            .endEmployment(LocalDate.of(2024, 2, 29))
            .employment("EMP-2", LocalDate.of(2024, 3, 1), null, LocalDate.of(2024, 3, 5))
            .build();
    assertThat(ENGINE.derive(inTime, LocalDate.of(2024, 3, 20)).kind())
        .isEqualTo(StatusKind.REGULAR);
    WorkerFile late =
        mouWorker()
            .endEmployment(LocalDate.of(2024, 2, 29))
            .employment("EMP-2", LocalDate.of(2024, 3, 1), null, LocalDate.of(2024, 4, 2))
            .build();
    assertThat(ENGINE.derive(late, LocalDate.of(2024, 3, 20)).kind())
        .isEqualTo(StatusKind.IRREGULAR);
    assertThat(ENGINE.derive(late, LocalDate.of(2024, 4, 2)).kind()).isEqualTo(StatusKind.REGULAR);
  }

  @Test
  void aWorkerWhoseJobEndedHasThirtyDaysToFindAnEmployer() {
    WorkerFile jobless = mouWorker().endEmployment(LocalDate.of(2024, 5, 31)).build();
    DerivedStatus searching = ENGINE.derive(jobless, LocalDate.of(2024, 6, 20));
    assertThat(searching.kind()).isEqualTo(StatusKind.GRACE);
    assertThat(searching.reasons()).containsExactly(Reason.LOOKING_FOR_EMPLOYER);
    assertThat(searching.nextDeadline()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(ENGINE.derive(jobless, LocalDate.of(2024, 7, 1)).reasons())
        .containsExactly(Reason.NO_EMPLOYER);
  }

  @Test
  void anMouWorkerWhoOverstaysTheFourYearPeriodIsIrregularEvenWithRenewedPermits() {
    LocalDate far = LocalDate.of(2031, 1, 9);
    WorkerFile file =
        mouWorker()
            .entitlement(EntitlementKind.WORK_PERMIT, LocalDate.of(2025, 1, 10), far)
            .entitlement(EntitlementKind.STAY_PERMIT, LocalDate.of(2025, 1, 10), far)
            .entitlement(EntitlementKind.SOCIAL_SECURITY, LocalDate.of(2025, 1, 10), far)
            .build();
    DerivedStatus ending = ENGINE.derive(file, LocalDate.of(2026, 11, 1));
    assertThat(ending.kind()).isEqualTo(StatusKind.EXPIRING);
    assertThat(ending.reasons()).containsExactly(Reason.MOU_PERIOD_ENDING);
    assertThat(ending.nextDeadline()).isEqualTo(LocalDate.of(2027, 1, 9));
    assertThat(ENGINE.derive(file, LocalDate.of(2027, 1, 10)).reasons())
        .containsExactly(Reason.MOU_PERIOD_OVERSTAYED);
  }

  @Test
  void aMissingHealthCheckPastItsDeadlineAndAFailedOneMakeAWorkerIrregular() {
    Builder noCheck =
        new Builder("KHM")
            .registration("CR-2023/1", LocalDate.of(2023, 11, 1), "CONSTRUCTION")
            .entitlement(
                EntitlementKind.WORK_PERMIT, LocalDate.of(2023, 11, 20), LocalDate.of(2025, 11, 19))
            .employment("EMP-9", LocalDate.of(2023, 1, 1), null, null);
    assertThat(ENGINE.derive(noCheck.build(), LocalDate.of(2023, 12, 31)).kind())
        .isEqualTo(StatusKind.REGULAR);
    assertThat(ENGINE.derive(noCheck.build(), LocalDate.of(2023, 12, 31)).nextDeadline())
        .isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(ENGINE.derive(noCheck.build(), LocalDate.of(2024, 1, 1)).reasons())
        .containsExactly(Reason.HEALTH_CHECK_MISSING);
    WorkerFile failed = noCheck.healthCheck(LocalDate.of(2023, 11, 15), false).build();
    assertThat(ENGINE.derive(failed, LocalDate.of(2023, 11, 15)).reasons())
        .containsExactly(Reason.HEALTH_CHECK_FAILED);
  }

  @Test
  void socialSecurityIsRequiredInCoveredSectorsAndHealthInsuranceInTheOthers() {
    Builder farm =
        new Builder("MMR")
            .registration("MOU-MMR/1", REGISTERED, "AGRICULTURE")
            .entitlement(EntitlementKind.WORK_PERMIT, REGISTERED, LocalDate.of(2025, 1, 9))
            .entitlement(EntitlementKind.STAY_PERMIT, REGISTERED, LocalDate.of(2025, 1, 9))
            .healthCheck(REGISTERED, true)
            .employment("FARM", REGISTERED, null, null)
            .passport(LocalDate.of(2030, 1, 1));
    assertThat(ENGINE.derive(farm.build(), LocalDate.of(2023, 6, 1)).reasons())
        .containsExactly(Reason.HEALTH_INSURANCE_MISSING);
    WorkerFile insured =
        farm.entitlement(EntitlementKind.HEALTH_INSURANCE, REGISTERED, LocalDate.of(2024, 1, 9))
            .build();
    assertThat(ENGINE.derive(insured, LocalDate.of(2023, 6, 1)).kind())
        .isEqualTo(StatusKind.REGULAR);
  }

  @Test
  void aWorkerTheSchemeDoesNotAdmitIsNotEligible() {
    WorkerFile vietnameseUnderMyanmarMou =
        new Builder("VNM").registration("MOU-MMR/1", REGISTERED, "MANUFACTURING").build();
    assertThat(ENGINE.derive(vietnameseUnderMyanmarMou, REGISTERED).reasons())
        .contains(Reason.NOT_ELIGIBLE);
    WorkerFile afterWindow =
        new Builder("LAO").registration("CR-2023/1", LocalDate.of(2024, 3, 1), "SERVICES").build();
    assertThat(ENGINE.derive(afterWindow, LocalDate.of(2024, 3, 1)).reasons())
        .contains(Reason.NOT_ELIGIBLE);
  }

  @Test
  void aWorkerWithoutRegistrationIsIrregularAndAnExpiredPassportBreaksAnMouStay() {
    assertThat(ENGINE.derive(new Builder("MMR").build(), REGISTERED).reasons())
        .containsExactly(Reason.NO_REGISTRATION);
    WorkerFile expiredPassport = mouWorker().build();
    WorkerFile file =
        new WorkerFile(
            "MMR",
            expiredPassport.registrations(),
            expiredPassport.entitlements(),
            expiredPassport.employment(),
            List.of(new Passport(LocalDate.of(2024, 1, 31))));
    assertThat(ENGINE.derive(file, LocalDate.of(2024, 2, 1)).reasons())
        .containsExactly(Reason.PASSPORT_EXPIRED);
  }

  @Test
  void everyReasonIsGivenWhenSeveralRulesAreBroken() {
    WorkerFile file = mouWorker().endEmployment(LocalDate.of(2024, 12, 1)).build();
    assertThat(ENGINE.derive(file, LocalDate.of(2025, 2, 1)).reasons())
        .containsExactlyInAnyOrder(
            Reason.WORK_PERMIT_EXPIRED,
            Reason.STAY_EXPIRED,
            Reason.SOCIAL_SECURITY_EXPIRED,
            Reason.NO_EMPLOYER);
  }

  @Test
  void theTimelineAnswersWhatTheStatusWasOnAnyDayAndWhenItWillChangeNext() {
    WorkerFile file = mouWorker().build();
    Timeline timeline = ENGINE.timeline(file, REGISTERED, LocalDate.of(2024, 6, 1));
    assertThat(timeline.on(LocalDate.of(2023, 3, 1)))
        .get()
        .extracting(p -> p.status().kind())
        .isEqualTo(StatusKind.REGULAR);
    assertThat(timeline.current().until()).isNull();
    assertThat(timeline.nextChangeOn()).isEqualTo(LocalDate.of(2024, 10, 11));

    Timeline full = ENGINE.timeline(file, REGISTERED, LocalDate.of(2025, 6, 1));
    assertThat(full.periods())
        .extracting(p -> p.status().kind())
        .containsExactly(StatusKind.REGULAR, StatusKind.EXPIRING, StatusKind.IRREGULAR);
    assertThat(full.periods().get(1).from()).isEqualTo(LocalDate.of(2024, 10, 11));
    assertThat(full.periods().get(2).from()).isEqualTo(LocalDate.of(2025, 1, 10));
    for (LocalDate day = REGISTERED;
        day.isBefore(LocalDate.of(2025, 6, 1));
        day = day.plusDays(7)) {
      LocalDate d = day;
      assertThat(full.on(d).orElseThrow().status().sameAs(ENGINE.derive(file, d)))
          .as(d.toString())
          .isTrue();
    }
  }

  /** Files built step by step for the rules above. */
  static final class Builder {
    final String nationality;
    final List<Registration> registrations = new ArrayList<>();
    final List<Entitlement> entitlements = new ArrayList<>();
    final List<Employment> employment = new ArrayList<>();
    final List<Passport> passports = new ArrayList<>();

    Builder(String nationality) {
      this.nationality = nationality;
    }

    Builder registration(String scheme, LocalDate on, String sector) {
      registrations.add(new Registration(scheme, on, sector));
      return this;
    }

    Builder entitlement(EntitlementKind kind, LocalDate from, LocalDate to) {
      entitlements.add(new Entitlement(kind, from, to, true));
      return this;
    }

    Builder healthCheck(LocalDate on, boolean passed) {
      entitlements.add(new Entitlement(EntitlementKind.HEALTH_CHECK, on, null, passed));
      return this;
    }

    Builder employment(String employer, LocalDate from, LocalDate to, LocalDate reported) {
      employment.add(new Employment(employer, from, to, reported));
      return this;
    }

    Builder endEmployment(LocalDate on) {
      Employment last = employment.remove(employment.size() - 1);
      employment.add(new Employment(last.employer(), last.startsOn(), on, last.reportedOn()));
      return this;
    }

    Builder passport(LocalDate expires) {
      passports.add(new Passport(expires));
      return this;
    }

    WorkerFile build() {
      return new WorkerFile(nationality, registrations, entitlements, employment, passports);
    }
  }
}
