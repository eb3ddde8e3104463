package org.samakki.registry.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samakki.registry.status.Scheme;
import org.samakki.registry.status.WorkerFile;

/** How registration rows become the status engine's view of a worker. */
class WorkerFilesTests {

  static final LocalDate REGISTERED = LocalDate.of(2024, 1, 10);
  static final LocalDate PERMIT_ENDS = LocalDate.of(2026, 1, 9);

  @Test
  void aNewEmployerOnTheSamePermitAmendsTheRegistrationInsteadOfMakingANewOne() {
    RegistrationFacts original = row(REGISTERED, 1, PERMIT_ENDS);
    RegistrationFacts moved = row(LocalDate.of(2025, 6, 1), 2, PERMIT_ENDS);
    WorkerFile file = WorkerFiles.of("MMR", List.of(moved, original), List.of());
    // the application window of the scheme is judged on the day of the original registration
    assertThat(file.registrations())
        .extracting(WorkerFile.Registration::registeredOn)
        .containsExactly(REGISTERED, REGISTERED);
    assertThat(file.employment())
        .extracting(WorkerFile.Employment::employer)
        .containsExactly("1", "2");
  }

  @Test
  void aRenewalWithANewPermitIsANewRegistration() {
    RegistrationFacts original = row(REGISTERED, 1, PERMIT_ENDS);
    RegistrationFacts renewal = row(PERMIT_ENDS.plusDays(1), 1, PERMIT_ENDS.plusYears(2));
    WorkerFile file = WorkerFiles.of("MMR", List.of(original, renewal), List.of());
    assertThat(file.registrations())
        .extracting(WorkerFile.Registration::registeredOn)
        .containsExactly(REGISTERED, PERMIT_ENDS.plusDays(1));
  }

  private static RegistrationFacts row(LocalDate from, long employer, LocalDate permitEnds) {
    return new RegistrationFacts(
        1L,
        "CR-2023/1",
        Scheme.Channel.IN_COUNTRY,
        from,
        "CONSTRUCTION",
        employer,
        "740101",
        from,
        permitEnds,
        from,
        from,
        permitEnds,
        null,
        permitEnds,
        null,
        from,
        true);
  }
}
