package org.samakki.cases.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.attachments.Attachments;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.ProtectionCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of protection cases (DP-12): a case closed longer ago than the retention period is
 * anonymised — its key destroyed, so that its narrative, plan and screening notes are unreadable in
 * the database and in every backup, and its link to the person removed — unless a legal hold keeps
 * it. Both outcomes are audited.
 */
@Service
public class CaseRetention {

  private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);
  private static final AuditActor SYSTEM = new AuditActor(null, "retention", List.of(), null);

  private final JdbcClient jdbc;
  private final CaseKeys keys;
  private final ProtectionCases cases;
  private final Attachments attachments;
  private final AuditTrail audit;
  private final Clock clock;
  private final Period period;

  CaseRetention(
      JdbcClient jdbc,
      CaseKeys keys,
      ProtectionCases cases,
      Attachments attachments,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.cases.retention:P10Y}") Period period) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.cases = cases;
    this.attachments = attachments;
    this.audit = audit;
    this.clock = clock;
    this.period = period;
  }

  /** How a retention run went. */
  public record Result(int anonymised, int held) {}

  @Scheduled(cron = "${samakki.cases.retention-cron:0 30 1 * * *}", zone = "${samakki.time-zone}")
  public void nightly() {
    Result result = apply(LocalDate.now(clock));
    if (result.anonymised() + result.held() > 0) {
      log.info(
          "Case retention: {} anonymised, {} kept by a legal hold",
          result.anonymised(),
          result.held());
    }
  }

  /** Anonymises the cases due on this day; held ones are kept. */
  @Transactional
  public Result apply(LocalDate asOf) {
    OffsetDateTime due =
        asOf.minus(period).atStartOfDay(ZoneId.of(clock.getZone().getId())).toOffsetDateTime();
    List<Object[]> rows =
        jdbc.sql(
                "select id, legal_hold from cases.protection_case where closed_at < ?"
                    + " and anonymised_at is null for update")
            .param(due)
            .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBoolean(2)})
            .list();
    int anonymised = 0;
    int held = 0;
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      if ((Boolean) row[1]) {
        held++;
        audit.record(
            SYSTEM,
            AuditRecord.change("RETENTION_HELD", "protection-case", id.toString(), List.of()));
        continue;
      }
      keys.destroy(id);
      attachments.purge(id);
      jdbc.sql(
              "update cases.protection_case set person_id = null, narrative = null,"
                  + " anonymised_at = ?, updated_at = ? where id = ?")
          .params(now, now, id)
          .update();
      audit.record(
          SYSTEM,
          AuditRecord.change(
              "ANONYMISE",
              "protection-case",
              id.toString(),
              List.of("personId", "narrative", "key", "attachments")));
      anonymised++;
    }
    return new Result(anonymised, held);
  }

  /** Puts a legal hold on a case or lifts it; the reason is what the audit keeps for it. */
  @Transactional
  public void hold(UUID caseId, boolean held, String reason) {
    cases.require(caseId, "hold");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("cases.hold.reasonRequired");
    }
    jdbc.sql("update cases.protection_case set legal_hold = ? where id = ?")
        .params(held, caseId)
        .update();
    audit.record(
        new AuditRecord(
            held ? "LEGAL_HOLD" : "LEGAL_HOLD_LIFTED",
            "protection-case",
            List.of(caseId.toString()),
            List.of("legalHold"),
            AuditRecord.Outcome.SUCCESS,
            reason.strip()));
  }
}
