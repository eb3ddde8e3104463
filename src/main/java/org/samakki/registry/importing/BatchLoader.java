package org.samakki.registry.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.records.CopyText;
import org.samakki.registry.records.WorkerFacts;
import org.samakki.registry.statuses.StatusDerivation;
import org.samakki.registry.statuses.StatusStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads one batch in the caller's transaction: persons, documents and employers resolved, new
 * registrations written (rows already loaded by an earlier run skipped), the statuses of everyone
 * touched derived, rejected rows recorded, the batch marked done and the change audited.
 */
final class BatchLoader {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchLoader.class);

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final Resolver resolver;
  private final StatusDerivation derivation;
  private final StatusStore statuses;
  private final AuditTrail audit;
  private final Clock clock;

  BatchLoader(
      JdbcClient jdbc,
      DataSource dataSource,
      Resolver resolver,
      StatusDerivation derivation,
      StatusStore statuses,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.resolver = resolver;
    this.derivation = derivation;
    this.statuses = statuses;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a batch did. */
  record Counts(int loaded, int alreadyLoaded, int rejected) {}

  Counts load(Batch batch, ImportRun run, Map<String, Long> employerCache) throws SQLException {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      PGConnection pg = connection.unwrap(PGConnection.class);
      long started = System.nanoTime();
      Resolution resolution = resolver.resolve(batch.accepted(), employerCache, run.agency(), pg);
      long resolved = System.nanoTime();
      Set<UUID> loaded = existingKeys(resolution.accepted);
      CopyText registrations = new CopyText();
      Set<Long> touched = new LinkedHashSet<>();
      List<ParsedRow> fresh = new ArrayList<>();
      for (ParsedRow row : resolution.accepted) {
        if (loaded.add(row.sourceKey())) {
          fresh.add(row);
          touched.add(resolution.personOf(row));
        }
      }
      long[] ids = Ids.next(jdbc, fresh.size());
      OffsetDateTime now = OffsetDateTime.now(clock);
      for (int i = 0; i < fresh.size(); i++) {
        ParsedRow r = fresh.get(i);
        registrations.row(
            ids[i],
            resolution.personOf(r),
            r.sourceKey(),
            r.scheme().code(),
            r.scheme().version(),
            r.scheme().channel().name(),
            r.registeredOn(),
            resolution.employerOf(r),
            r.subdistrict(),
            r.sector() == null ? null : r.sector().name(),
            r.contractStart(),
            r.contractEnd(),
            r.employerChangeReported(),
            r.workPermitNumber(),
            r.workPermitStart(),
            r.workPermitEnd(),
            r.stayPermitEnd(),
            r.socialSecurityNumber(),
            r.socialSecurityEnd(),
            r.healthInsuranceEnd(),
            r.healthCheckDate(),
            r.healthCheckPassed() == null ? null : r.healthCheckPassed() ? "PASSED" : "FAILED",
            run.id(),
            now);
      }
      registrations.copyInto(
          pg,
          "registry.registration (id, person_id, source_key, scheme_code, scheme_version, channel,"
              + " registered_on, employer_id, workplace_subdistrict, sector, contract_start,"
              + " contract_end, employer_change_reported, work_permit_number, work_permit_start,"
              + " work_permit_end, stay_permit_end, social_security_number, social_security_end,"
              + " health_insurance_end, health_check_date, health_check_result, import_id, created_at)");
      long written = System.nanoTime();
      moveExistingPersons(fresh, resolution);
      LocalDate today = derivation.today();
      statuses.replace(derive(fresh, resolution, touched, today), today, resolution.newPersons);
      List<RowParser.Rejected> rejected = new ArrayList<>(batch.rejected());
      rejected.addAll(resolution.rejected);
      record(batch, run, fresh.size(), rejected, pg);
      int already = resolution.accepted.size() - fresh.size();
      log.debug(
          "Batch {}: {} rows loaded; persons {} ms, registrations {} ms, statuses {} ms",
          batch.number(),
          fresh.size(),
          (resolved - started) / 1_000_000,
          (written - resolved) / 1_000_000,
          (System.nanoTime() - written) / 1_000_000);
      if (!touched.isEmpty()) {
        audit.record(
            run.actor(),
            AuditRecord.change("IMPORT", "person", "-", List.of("registration"))
                .withRecords(touched.stream().map(String::valueOf).toList()));
      }
      return new Counts(fresh.size(), already, rejected.size());
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * New workers are derived from the batch's own rows; only workers known before are read back,
   * with everything stored about them.
   */
  private List<org.samakki.registry.statuses.DerivedWorker> derive(
      List<ParsedRow> fresh, Resolution resolution, Set<Long> touched, LocalDate today) {
    Map<Long, WorkerFacts.Facts> inHand = new java.util.HashMap<>();
    for (ParsedRow row : fresh) {
      long person = resolution.personOf(row);
      if (resolution.newPersons.contains(person)) {
        WorkerFacts.Facts facts =
            inHand.computeIfAbsent(
                person,
                id ->
                    new WorkerFacts.Facts(
                        id, row.nationality(), new ArrayList<>(), new ArrayList<>()));
        facts.registrations().add(ImportFacts.of(person, row, resolution.employerOf(row)));
        if (row.documentExpires() != null && ImportFacts.isPassport(row.documentType())) {
          facts.passports().add(row.documentExpires());
        }
      }
    }
    List<Long> known = touched.stream().filter(id -> !resolution.newPersons.contains(id)).toList();
    List<org.samakki.registry.statuses.DerivedWorker> derived =
        new ArrayList<>(derivation.deriveFrom(inHand.values(), today));
    derived.addAll(derivation.derive(known, today));
    return derived;
  }

  private Set<UUID> existingKeys(List<ParsedRow> rows) {
    UUID[] keys = rows.stream().map(ParsedRow::sourceKey).toArray(UUID[]::new);
    Set<UUID> found = new HashSet<>();
    if (keys.length > 0) {
      jdbc.sql("select source_key from registry.registration where source_key = any(?)")
          .param(keys)
          .query((rs, n) -> found.add(rs.getObject(1, UUID.class)))
          .list();
    }
    return found;
  }

  /** A person already known who registered at a new workplace now lives in its area. */
  private void moveExistingPersons(List<ParsedRow> fresh, Resolution resolution) {
    List<Long> ids = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    for (ParsedRow row : fresh) {
      long person = resolution.personOf(row);
      if (!resolution.newPersons.contains(person) && row.subdistrict() != null) {
        ids.add(person);
        areas.add(row.subdistrict());
      }
    }
    if (!ids.isEmpty()) {
      jdbc.sql(
              "update registry.person p set area_code = v.area, updated_at = now()"
                  + " from unnest(?::bigint[], ?::text[]) as v(id, area) where p.id = v.id")
          .params(ids.toArray(Long[]::new), areas.toArray(String[]::new))
          .update();
    }
  }

  private void record(
      Batch batch, ImportRun run, int loaded, List<RowParser.Rejected> rejected, PGConnection pg)
      throws SQLException {
    CopyText rows = new CopyText();
    for (RowParser.Rejected r : rejected) {
      rows.row(
          run.id(),
          r.rowNumber(),
          "{"
              + String.join(",", r.problems().stream().map(p -> quote(p.encoded())).toList())
              + "}");
    }
    rows.copyInto(pg, "registry.import_rejection (import_id, row_number, problems)");
    jdbc.sql(
            "insert into registry.import_batch (import_id, batch_no, first_row, last_row, rows_loaded,"
                + " rows_rejected, committed_at) values (?, ?, ?, ?, ?, ?, now())")
        .params(
            run.id(), batch.number(), batch.firstRow(), batch.lastRow(), loaded, rejected.size())
        .update();
    jdbc.sql(
            "update registry.import set rows_loaded = rows_loaded + ?, rows_rejected = rows_rejected + ? where id = ?")
        .params(loaded, rejected.size(), run.id())
        .update();
  }

  /** An element of a PostgreSQL text array literal. */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** One batch of rows from the file: those that parsed and those rejected at once. */
  record Batch(
      int number,
      int firstRow,
      int lastRow,
      List<ParsedRow> accepted,
      List<RowParser.Rejected> rejected) {}

  /** The import a batch belongs to, and who runs it for which agency. */
  record ImportRun(UUID id, UUID agency, AuditActor actor) {}
}
