package org.samakki.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.samakki.cases.htcds.TraffickingRecords;
import org.samakki.cases.statistics.CaseFigures;
import org.samakki.cases.statistics.NrmStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's trafficking record (HTCDS) and the NRM statistics for other systems, under the same
 * access rules, field policy and audit as the pages.
 */
@RestController
@Tag(name = "Protection cases", description = "NRM cases and referrals between agencies")
class TraffickingApi {

  private final TraffickingRecords records;
  private final NrmStatistics statistics;

  TraffickingApi(TraffickingRecords records, NrmStatistics statistics) {
    this.records = records;
    this.statistics = statistics;
  }

  @GetMapping("/api/cases/{id}/trafficking")
  @Operation(summary = "A case's trafficking record (HTCDS), with the fields the caller may read")
  Map<String, Object> read(@PathVariable UUID id) {
    return records.read(id);
  }

  @PatchMapping("/api/cases/{id}/trafficking")
  @Operation(summary = "Change recruitment, means of control, exploitation types or industries")
  Map<String, Object> update(@PathVariable UUID id, @RequestBody Map<String, Object> changes) {
    return records.update(id, changes);
  }

  /** A trafficking event as the API takes it (dates as ISO yyyy-mm-dd). */
  record EventBody(
      String kind,
      String areaCode,
      String country,
      java.time.LocalDate startedOn,
      java.time.LocalDate endedOn,
      String notes) {}

  @PostMapping("/api/cases/{id}/trafficking/events")
  @Operation(summary = "Add a trafficking event: kind, a Thai area code or a country, dates")
  Map<String, Object> event(@PathVariable UUID id, @RequestBody EventBody body) {
    UUID event =
        records.addEvent(
            id,
            new TraffickingRecords.NewEvent(
                CaseController.value(org.samakki.cases.htcds.EventKind.class, body.kind()),
                body.areaCode(),
                body.country(),
                body.startedOn(),
                body.endedOn(),
                body.notes()));
    return Map.of("id", event);
  }

  /** A risk assessment as the API takes it (date as ISO yyyy-mm-dd). */
  record RiskBody(
      java.time.LocalDate assessedOn,
      String assessor,
      String level,
      java.util.List<String> atRisk,
      String notes) {}

  @PostMapping("/api/cases/{id}/trafficking/risks")
  @Operation(summary = "Add a risk assessment: date, assessor, level, who is at risk")
  Map<String, Object> risk(@PathVariable UUID id, @RequestBody RiskBody body) {
    java.util.Set<org.samakki.cases.htcds.AtRisk> atRisk = new java.util.HashSet<>();
    if (body.atRisk() != null) {
      body.atRisk()
          .forEach(a -> atRisk.add(CaseController.value(org.samakki.cases.htcds.AtRisk.class, a)));
    }
    UUID risk =
        records.addRiskAssessment(
            id,
            new TraffickingRecords.NewRiskAssessment(
                body.assessedOn(),
                body.assessor(),
                CaseController.value(org.samakki.cases.htcds.RiskLevel.class, body.level()),
                atRisk,
                body.notes()));
    return Map.of("id", risk);
  }

  @GetMapping("/api/cases/statistics")
  @Operation(summary = "NRM statistics in aggregate, cells under 5 suppressed")
  CaseFigures statistics() {
    return statistics.figures();
  }
}
