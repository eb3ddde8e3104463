package org.samakki.registry.statuses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.samakki.registry.records.RegistrationFacts;
import org.samakki.registry.records.WorkerFacts;
import org.samakki.registry.records.WorkerFiles;
import org.samakki.registry.schemes.SchemeCatalog;
import org.samakki.registry.status.StatusEngine;
import org.samakki.registry.status.Timeline;
import org.springframework.stereotype.Component;

/**
 * Derives the status history of many workers from what is stored about them, using every core: the
 * one path by which imports, changes and the daily sweep get their statuses.
 */
@Component
public class StatusDerivation {

  private final WorkerFacts facts;
  private final SchemeCatalog schemes;
  private final Clock clock;

  StatusDerivation(WorkerFacts facts, SchemeCatalog schemes, Clock clock) {
    this.facts = facts;
    this.schemes = schemes;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The timelines of these workers up to a day, with what worklists filter on. */
  public List<DerivedWorker> derive(Collection<Long> personIds, LocalDate upTo) {
    return deriveFrom(facts.load(personIds).values(), upTo);
  }

  /** The same from facts already in hand, such as the rows of an import batch. */
  public List<DerivedWorker> deriveFrom(Collection<WorkerFacts.Facts> workers, LocalDate upTo) {
    StatusEngine engine = new StatusEngine(schemes.book());
    return workers.parallelStream().map(f -> derive(engine, f, upTo)).toList();
  }

  /** The status of each worker on any day, past or future, derived afresh from their records. */
  public java.util.Map<Long, org.samakki.registry.status.DerivedStatus> statusOn(
      Collection<Long> personIds, LocalDate day) {
    StatusEngine engine = new StatusEngine(schemes.book());
    java.util.Map<Long, org.samakki.registry.status.DerivedStatus> statuses =
        new java.util.HashMap<>();
    facts
        .load(personIds)
        .values()
        .forEach(
            f ->
                statuses.put(
                    f.personId(),
                    engine.derive(
                        WorkerFiles.of(f.nationality(), f.registrations(), f.passports()), day)));
    for (Long id : personIds) {
      // a person with no registration at all is derived from an empty file, not left out
      statuses.computeIfAbsent(
          id, none -> engine.derive(WorkerFiles.of(null, List.of(), List.of()), day));
    }
    return statuses;
  }

  static DerivedWorker derive(StatusEngine engine, WorkerFacts.Facts f, LocalDate upTo) {
    List<RegistrationFacts> registrations = f.registrations();
    LocalDate from = WorkerFiles.firstDay(registrations, upTo);
    if (from.isAfter(upTo)) {
      from = upTo;
    }
    Timeline timeline =
        engine.timeline(WorkerFiles.of(f.nationality(), registrations, f.passports()), from, upTo);
    RegistrationFacts latest =
        registrations.stream()
            .max(Comparator.comparing(RegistrationFacts::registeredOn))
            .orElse(null);
    return new DerivedWorker(
        f.personId(),
        timeline,
        latest == null ? null : latest.subdistrict(),
        latest == null ? null : latest.employerId(),
        latest == null ? null : latest.sector(),
        f.nationality(),
        latest == null ? null : latest.channel().name());
  }
}
