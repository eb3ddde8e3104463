package org.samakki.registry.statuses;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.MurmurHash3;
import org.postgresql.PGConnection;
import org.samakki.registry.records.CopyText;
import org.samakki.registry.status.Reason;
import org.samakki.registry.status.StatusPeriod;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes derived statuses: every period of each worker's history and their current status row,
 * replacing what was there, by COPY in the caller's transaction. A worker's periods are always
 * written together: the statistics tallies judge an entry into irregularity by the period before.
 */
@Repository
public class StatusStore {

  private final DataSource dataSource;

  StatusStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void replace(Collection<DerivedWorker> workers, LocalDate derivedOn) {
    replace(workers, derivedOn, java.util.Set.of());
  }

  /** As {@link #replace(Collection, LocalDate)}; workers known to be new have nothing to delete. */
  public void replace(
      Collection<DerivedWorker> workers, LocalDate derivedOn, java.util.Set<Long> newWorkers) {
    if (workers.isEmpty()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      Long[] ids =
          workers.stream()
              .map(DerivedWorker::personId)
              .filter(id -> !newWorkers.contains(id))
              .toArray(Long[]::new);
      try (var delete =
          connection.prepareStatement(
              "delete from registry.status_period where person_id = any(?)")) {
        delete.setArray(1, connection.createArrayOf("bigint", ids));
        delete.executeUpdate();
      }
      try (var delete =
          connection.prepareStatement(
              "delete from registry.worker_status where person_id = any(?)")) {
        delete.setArray(1, connection.createArrayOf("bigint", ids));
        delete.executeUpdate();
      }
      PGConnection pg = connection.unwrap(PGConnection.class);
      CopyText periods = new CopyText();
      CopyText current = new CopyText();
      for (DerivedWorker w : workers) {
        for (StatusPeriod p : w.timeline().periods()) {
          periods.row(
              w.personId(),
              p.from(),
              p.until(),
              p.status().kind().name(),
              reasons(p),
              p.status().nextDeadline(),
              w.provinceCode(),
              w.nationality());
        }
        StatusPeriod now = w.timeline().current();
        current.row(
            w.personId(),
            now.status().kind().name(),
            reasons(now),
            now.status().nextDeadline(),
            now.from(),
            w.timeline().nextChangeOn(),
            w.provinceCode(),
            w.districtCode(),
            w.employerId(),
            w.sector(),
            w.nationality(),
            derivedOn,
            w.channel(),
            fingerprint(w));
      }
      periods.copyInto(
          pg,
          "registry.status_period (person_id, valid_from, valid_to, status, reasons, next_deadline,"
              + " province_code, nationality)");
      current.copyInto(
          pg,
          "registry.worker_status (person_id, status, reasons, next_deadline, since, next_change_on,"
              + " province_code, district_code, employer_id, sector, nationality, derived_on,"
              + " channel, timeline_hash)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write derived statuses", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * A 64-bit fingerprint of every value written for the worker except the day it was written: equal
   * fingerprints mean there is nothing to rewrite.
   */
  public static long fingerprint(DerivedWorker w) {
    StringBuilder text = new StringBuilder(256);
    for (StatusPeriod p : w.timeline().periods()) {
      text.append(p.from())
          .append('|')
          .append(p.until())
          .append('|')
          .append(p.status().kind())
          .append('|')
          .append(reasons(p))
          .append('|')
          .append(p.status().nextDeadline())
          .append(';');
    }
    text.append(w.timeline().nextChangeOn())
        .append('|')
        .append(w.subdistrict())
        .append('|')
        .append(w.employerId())
        .append('|')
        .append(w.sector())
        .append('|')
        .append(w.nationality())
        .append('|')
        .append(w.channel());
    return MurmurHash3.hash128x64(text.toString().getBytes(StandardCharsets.UTF_8))[0];
  }

  private static String reasons(StatusPeriod period) {
    return period.status().reasons().stream()
        .map(Reason::name)
        .collect(Collectors.joining(",", "{", "}"));
  }
}
