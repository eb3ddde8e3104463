package org.samakki.registry.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.samakki.registry.Sector;

/**
 * The life of one demo worker's registration: which channel and scheme, when, for how long, and
 * what goes right or wrong (renewal, change of employer, missing permit).
 */
record WorkerPlan(
    String channel,
    String scheme,
    Sector sector,
    LocalDate registeredOn,
    int permitMonths,
    boolean passport,
    int passportYears,
    boolean stayPermit,
    boolean permitHeld,
    boolean renewed,
    boolean changesEmployer) {

  private static final Sector[] SECTORS = {
    Sector.SEAFOOD_PROCESSING,
    Sector.SEAFOOD_PROCESSING,
    Sector.MANUFACTURING,
    Sector.MANUFACTURING,
    Sector.CONSTRUCTION,
    Sector.CONSTRUCTION,
    Sector.CONSTRUCTION,
    Sector.AGRICULTURE,
    Sector.AGRICULTURE,
    Sector.DOMESTIC_WORK,
    Sector.FISHING,
    Sector.HOSPITALITY,
    Sector.SERVICES,
    Sector.TRADE
  };

  static WorkerPlan choose(String nationality, LocalDate today, SplittableRandom random) {
    double channel = random.nextDouble();
    Sector sector = SECTORS[random.nextInt(SECTORS.length)];
    boolean held = random.nextDouble() < 0.97;
    boolean changes = random.nextDouble() < 0.08;
    if (channel < 0.27 || nationality.equals("VNM")) {
      LocalDate on = today.minusDays(30 + random.nextInt(1400));
      return new WorkerPlan(
          "MOU",
          "MOU-" + nationality,
          sector,
          on,
          24,
          true,
          3 + random.nextInt(7),
          true,
          held,
          random.nextDouble() < 0.55,
          changes);
    }
    if (channel < 0.31 && !nationality.equals("VNM")) {
      Sector border = random.nextBoolean() ? Sector.AGRICULTURE : Sector.CONSTRUCTION;
      LocalDate on = today.minusDays(random.nextInt(200));
      return new WorkerPlan(
          "BORDER", "BORDER-S64", border, on, 3, false, 0, false, held, false, false);
    }
    if (channel < 0.34 && nationality.equals("MMR")) {
      LocalDate on = today.minusDays(60 + random.nextInt(700));
      return new WorkerPlan(
          "NATIONALITY_VERIFICATION",
          "NV-MMR",
          sector,
          on,
          24,
          true,
          5,
          true,
          held,
          false,
          changes);
    }
    if (channel < 0.52 && !nationality.equals("VNM")) {
      LocalDate on = LocalDate.of(2021, 1, 15).plusDays(random.nextInt(29));
      return new WorkerPlan(
          "IN_COUNTRY",
          "CR-2020",
          sector,
          on,
          24,
          false,
          0,
          false,
          held,
          random.nextDouble() < 0.7,
          changes);
    }
    LocalDate on = LocalDate.of(2023, 10, 1).plusDays(random.nextInt(135));
    return new WorkerPlan(
        "IN_COUNTRY",
        "CR-2023",
        sector,
        on,
        24,
        false,
        0,
        false,
        held,
        random.nextDouble() < 0.6,
        changes);
  }

  LocalDate permitEnd() {
    return registeredOn.plusMonths(permitMonths).minusDays(1);
  }

  /** The same worker's next registration, from a day: renewals follow the same scheme. */
  WorkerPlan renewedOn(LocalDate day) {
    return new WorkerPlan(
        channel,
        scheme,
        sector,
        day,
        permitMonths,
        passport,
        passportYears,
        stayPermit,
        true,
        false,
        false);
  }
}
