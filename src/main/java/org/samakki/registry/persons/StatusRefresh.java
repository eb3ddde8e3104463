package org.samakki.registry.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.samakki.registry.StatusChanged;
import org.samakki.registry.status.Reason;
import org.samakki.registry.status.StatusPeriod;
import org.samakki.registry.statuses.DerivedWorker;
import org.samakki.registry.statuses.StatusDerivation;
import org.samakki.registry.statuses.StatusStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Derives one worker's status again after an officer changed their records, in the same
 * transaction, and publishes {@link StatusChanged} only if the status or its reasons changed.
 */
@Component
public class StatusRefresh {

  private final JdbcClient jdbc;
  private final StatusDerivation derivation;
  private final StatusStore statuses;
  private final ApplicationEventPublisher events;

  StatusRefresh(
      JdbcClient jdbc,
      StatusDerivation derivation,
      StatusStore statuses,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.derivation = derivation;
    this.statuses = statuses;
    this.events = events;
  }

  /**
   * Forgets the derived status of a person merged into another: their registrations now count for
   * the survivor.
   */
  public void forget(long personId) {
    jdbc.sql("delete from registry.status_period where person_id = ?").param(personId).update();
    jdbc.sql("delete from registry.worker_status where person_id = ?").param(personId).update();
  }

  public void rederive(long personId) {
    String before =
        jdbc.sql(
                "select status || ':' || array_to_string(reasons, ',') from registry.worker_status"
                    + " where person_id = ?")
            .param(personId)
            .query(String.class)
            .optional()
            .orElse("");
    LocalDate today = derivation.today();
    List<DerivedWorker> derived = derivation.derive(Set.of(personId), today);
    statuses.replace(derived, today);
    StatusPeriod now = derived.get(0).timeline().current();
    List<String> reasons = now.status().reasons().stream().map(Reason::name).toList();
    String after = now.status().kind().name() + ":" + String.join(",", reasons);
    if (!after.equals(before)) {
      events.publishEvent(
          new StatusChanged(
              personId,
              before.isEmpty() ? null : before.split(":")[0],
              now.status().kind().name(),
              reasons,
              now.from(),
              now.status().nextDeadline()));
    }
  }
}
