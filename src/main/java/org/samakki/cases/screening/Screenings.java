package org.samakki.cases.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.nrm.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening of a case: indicators found, by whom, where and when, and the outcome they suggest.
 * Recorded (and corrected) while the case is in screening; read with the case, audited.
 */
@Service
public class Screenings {

  private final JdbcClient jdbc;
  private final ProtectionCases cases;
  private final CaseKeys keys;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  Screenings(
      JdbcClient jdbc,
      ProtectionCases cases,
      CaseKeys keys,
      AccessControl access,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.keys = keys;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A screening as recorded. */
  public record Screening(
      LocalDate screenedOn,
      String place,
      List<Indicator> indicators,
      Outcome suggestedOutcome,
      String notes) {}

  /** Records the screening; returns the outcome the indicators suggest. */
  @Transactional
  public Outcome record(
      UUID caseId, LocalDate screenedOn, String place, Set<Indicator> found, String notes) {
    ProtectionCases.CaseState state = cases.require(caseId, "update");
    if (state.stage() != Stage.SCREENING) {
      throw new IllegalArgumentException("cases.screening.wrongStage");
    }
    if (place == null || place.isBlank() || screenedOn == null) {
      throw new IllegalArgumentException("cases.screening.incomplete");
    }
    if (screenedOn.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("cases.screening.future");
    }
    Set<Indicator> indicators =
        found.isEmpty() ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(found);
    Outcome outcome = Outcome.suggest(indicators, state.child());
    jdbc.sql(
            "insert into cases.screening (case_id, screened_on, place, screened_by, indicators,"
                + " suggested_outcome, notes, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (case_id) do update set screened_on = excluded.screened_on,"
                + " place = excluded.place, screened_by = excluded.screened_by,"
                + " indicators = excluded.indicators, suggested_outcome = excluded.suggested_outcome,"
                + " notes = excluded.notes, recorded_at = excluded.recorded_at")
        .params(
            caseId,
            screenedOn,
            place.strip(),
            access.actor().id(),
            indicators.stream().map(Enum::name).toArray(String[]::new),
            outcome.name(),
            keys.seal(
                caseId, "screening-notes", notes == null || notes.isBlank() ? null : notes.strip()),
            OffsetDateTime.now(clock))
        .update();
    audit.record(
        AuditRecord.change("SCREEN", "protection-case", caseId.toString(), List.of("screening")));
    return outcome;
  }

  /** The case's screening, if recorded. */
  @Transactional
  public Optional<Screening> of(UUID caseId) {
    cases.require(caseId, "read");
    Optional<Screening> found =
        jdbc.sql("select * from cases.screening where case_id = ?")
            .param(caseId)
            .query(
                (rs, n) ->
                    new Screening(
                        rs.getObject("screened_on", LocalDate.class),
                        rs.getString("place"),
                        Arrays.stream((String[]) rs.getArray("indicators").getArray())
                            .map(Indicator::valueOf)
                            .toList(),
                        Outcome.valueOf(rs.getString("suggested_outcome")),
                        keys.open(caseId, "screening-notes", rs.getBytes("notes")).orElse(null)))
            .optional();
    found.ifPresent(
        s ->
            audit.record(
                AuditRecord.read(
                    "VIEW", "protection-case", List.of(caseId.toString()), List.of("screening"))));
    return found;
  }
}
