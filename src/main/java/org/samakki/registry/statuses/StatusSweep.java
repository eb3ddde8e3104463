package org.samakki.registry.statuses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.samakki.registry.StatusChanged;
import org.samakki.registry.status.Reason;
import org.samakki.registry.status.StatusPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-derives the statuses that may have changed by a day: only workers whose next change day has
 * come (each worker's timeline says when it can next change), a chunk per transaction. A {@link
 * StatusChanged} event is published only when a status really changed.
 */
@Component
public class StatusSweep {

  private static final Logger log = LoggerFactory.getLogger(StatusSweep.class);
  static final int CHUNK = 20_000;

  private final JdbcClient jdbc;
  private final StatusDerivation derivation;
  private final StatusStore store;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  StatusSweep(
      JdbcClient jdbc,
      StatusDerivation derivation,
      StatusStore store,
      ApplicationEventPublisher events,
      TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.derivation = derivation;
    this.store = store;
    this.events = events;
    this.transaction = transaction;
  }

  /** How a sweep went: workers re-derived and how many of them changed status. */
  public record Result(int derived, int changed) {}

  @Scheduled(cron = "${samakki.registry.sweep-cron:0 5 0 * * *}", zone = "${samakki.time-zone}")
  public void daily() {
    Result result = sweep(derivation.today());
    log.info(
        "Daily status sweep: {} workers re-derived, {} changed status",
        result.derived(),
        result.changed());
  }

  /** Re-derives the workers whose status may have changed by this day. */
  public Result sweep(LocalDate asOf) {
    return run("ws.next_change_on <= ?", asOf);
  }

  /** Re-derives every worker as of this day (after a change of rules, and for benchmarks). */
  public Result rederiveAll(LocalDate asOf) {
    return run("true", asOf);
  }

  private Result run(String condition, LocalDate asOf) {
    int derived = 0;
    int changed = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> chunk = chunk(condition, asOf, after);
      if (chunk.isEmpty()) {
        return new Result(derived, changed);
      }
      after = (Long) chunk.get(chunk.size() - 1)[0];
      Integer count = transaction.execute(status -> apply(chunk, asOf));
      derived += chunk.size();
      changed += count == null ? 0 : count;
    }
  }

  private List<Object[]> chunk(String condition, LocalDate asOf, long after) {
    String sql =
        "select ws.person_id, ws.status, ws.reasons, ws.timeline_hash from registry.worker_status ws where "
            + condition
            + " and ws.person_id > ? order by ws.person_id limit "
            + CHUNK;
    List<Object> params = new ArrayList<>();
    if (condition.contains("?")) {
      params.add(asOf);
    }
    params.add(after);
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) ->
                new Object[] {
                  rs.getLong(1),
                  rs.getString(2),
                  Arrays.asList((String[]) rs.getArray(3).getArray()),
                  rs.getObject(4)
                })
        .list();
  }

  private int apply(List<Object[]> chunk, LocalDate asOf) {
    Map<Long, Object[]> before = new HashMap<>();
    chunk.forEach(row -> before.put((Long) row[0], row));
    List<DerivedWorker> derived = derivation.derive(before.keySet(), asOf);
    // only workers whose derived rows differ from the stored ones are written again
    List<DerivedWorker> differ =
        derived.stream()
            .filter(
                w -> !Long.valueOf(StatusStore.fingerprint(w)).equals(before.get(w.personId())[3]))
            .toList();
    store.replace(differ, asOf);
    int changed = 0;
    for (DerivedWorker worker : derived) {
      Object[] was = before.get(worker.personId());
      StatusPeriod now = worker.timeline().current();
      List<String> reasons = now.status().reasons().stream().map(Reason::name).toList();
      if (!now.status().kind().name().equals(was[1]) || !reasons.equals(was[2])) {
        changed++;
        events.publishEvent(
            new StatusChanged(
                worker.personId(),
                (String) was[1],
                now.status().kind().name(),
                reasons,
                now.from(),
                now.status().nextDeadline()));
      }
    }
    return changed;
  }
}
