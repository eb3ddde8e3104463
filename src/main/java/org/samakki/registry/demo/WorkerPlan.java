package org.samakki.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.samakki.registry.Sector;

/**
 * The registration history of one demo worker: the channel and the schemes they were registered
 * under one after another, and what went right or wrong (renewals, a change of employer reported
 * late or never, a missing permit, a lapse between two Cabinet resolutions).
 */
record WorkerPlan(
    Sector sector,
    boolean passport,
    LocalDate passportIssued,
    int passportYears,
    List<Step> steps) {

  /** One registration: a scheme, from a day, for some months. */
  record Step(
      String channel,
      String scheme,
      LocalDate start,
      LocalDate end,
      boolean stayPermit,
      boolean permitHeld,
      boolean newEmployer,
      LocalDate changeReported) {

    int months() {
      return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }
  }

  /** The in-country schemes follow one another: CR-2020, then CR-2023, then CR-2025. */
  private static final LocalDate CR_2023_OPENS = LocalDate.of(2023, 10, 1);

  private static final LocalDate CR_2025_CLOSES = LocalDate.of(2026, 6, 30);

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
    List<Step> steps = new ArrayList<>();
    if (channel < 0.27 || nationality.equals("VNM")) {
      // MOU: two years, renewed once for most, at most four years in all
      LocalDate on = today.minusDays(30 + random.nextInt(1400));
      steps.add(step("MOU", "MOU-" + nationality, on, 24, true, random));
      renew(steps, today, 0.85, random, "MOU", "MOU-" + nationality, true);
      changeEmployer(steps, today, random);
      return new WorkerPlan(
          sector,
          true,
          on.minusDays(random.nextInt(700)),
          random.nextDouble() < 0.6 ? 10 : 5,
          steps);
    }
    if (channel < 0.31) {
      // border and seasonal work: three months at a time, many go home after one season
      Sector border = random.nextBoolean() ? Sector.AGRICULTURE : Sector.CONSTRUCTION;
      steps.add(
          step("BORDER", "BORDER-S64", today.minusDays(random.nextInt(150)), 3, false, random));
      renew(steps, today, 0.5, random, "BORDER", "BORDER-S64", false);
      return new WorkerPlan(border, false, null, 0, steps);
    }
    if (channel < 0.34 && nationality.equals("MMR")) {
      steps.add(
          step(
              "NATIONALITY_VERIFICATION",
              "NV-MMR",
              today.minusDays(60 + random.nextInt(660)),
              24,
              true,
              random));
      changeEmployer(steps, today, random);
      LocalDate first = steps.get(0).start();
      return new WorkerPlan(sector, true, first.minusDays(random.nextInt(400)), 10, steps);
    }
    if (channel < 0.52) {
      // registered under the 2020 resolution; most came back under the 2023 one after a lapse
      steps.add(
          step(
              "IN_COUNTRY",
              "CR-2020",
              LocalDate.of(2021, 1, 15).plusDays(random.nextInt(29)),
              24,
              false,
              random));
      if (random.nextDouble() < 0.85) {
        steps.add(
            step(
                "IN_COUNTRY",
                "CR-2023",
                CR_2023_OPENS.plusDays(random.nextInt(135)),
                24,
                false,
                random));
        renewUnderCr2025(steps, today, random);
      }
      changeEmployer(steps, today, random);
      return new WorkerPlan(sector, false, null, 0, steps);
    }
    steps.add(
        step(
            "IN_COUNTRY",
            "CR-2023",
            CR_2023_OPENS.plusDays(random.nextInt(135)),
            24,
            false,
            random));
    renewUnderCr2025(steps, today, random);
    changeEmployer(steps, today, random);
    return new WorkerPlan(sector, false, null, 0, steps);
  }

  /** Renewals the day after the permit ends, while they have come and with this likelihood. */
  private static void renew(
      List<Step> steps,
      LocalDate today,
      double likelihood,
      SplittableRandom random,
      String channel,
      String scheme,
      boolean stay) {
    Step last = steps.get(steps.size() - 1);
    int months = last.months();
    if (last.end().isBefore(today) && random.nextDouble() < likelihood && steps.size() < 2) {
      steps.add(step(channel, scheme, last.end().plusDays(1), months, stay, random));
    }
  }

  private static void renewUnderCr2025(List<Step> steps, LocalDate today, SplittableRandom random) {
    LocalDate renewal = steps.get(steps.size() - 1).end().plusDays(1);
    if (!renewal.isAfter(today) && !renewal.isAfter(CR_2025_CLOSES) && random.nextDouble() < 0.9) {
      steps.add(step("IN_COUNTRY", "CR-2025", renewal, 24, false, random));
    }
  }

  /** A registration with its permit (rarely missing), with the same employer. */
  private static Step step(
      String channel,
      String scheme,
      LocalDate start,
      int months,
      boolean stay,
      SplittableRandom random) {
    boolean held = random.nextDouble() < 0.98;
    return new Step(
        channel, scheme, start, start.plusMonths(months).minusDays(1), stay, held, false, null);
  }

  /**
   * Now and then a worker moves to a new employer during a permit: a new registration row from the
   * move to the end of the permit, reported in time, late or never.
   */
  private static void changeEmployer(List<Step> steps, LocalDate today, SplittableRandom random) {
    Step last = steps.get(steps.size() - 1);
    LocalDate move = last.start().plusMonths(4 + random.nextInt(12));
    if (random.nextDouble() >= 0.06 || move.isAfter(today) || !move.isBefore(last.end())) {
      return;
    }
    double how = random.nextDouble();
    LocalDate reported =
        how < 0.85
            ? move.plusDays(random.nextInt(10))
            : how < 0.95 ? move.plusDays(20 + random.nextInt(30)) : null;
    if (reported != null && reported.isAfter(today)) {
      reported = null;
    }
    steps.add(
        new Step(
            last.channel(),
            last.scheme(),
            move,
            last.end(),
            last.stayPermit(),
            true,
            true,
            reported));
  }
}
