package org.samakki.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.Scope;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.audit.AuditEntry;
import org.samakki.audit.AuditQuery;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.audit.Exposure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The data protection officer's view of the audit trail: filter by person (record), user, action
 * and time; “who accessed which records between two times” and “which people did this account read”
 * (DP-15); both exportable. Each look at the trail is itself audited.
 */
@Controller
class AuditPagesController {

  private static final String RESOURCE = "audit-entry";
  private static final int PAGE = 500;

  private final AuditTrail trail;
  private final AccessControl access;
  private final AccessPolicy policy;
  private final Clock clock;

  AuditPagesController(AuditTrail trail, AccessControl access, AccessPolicy policy, Clock clock) {
    this.trail = trail;
    this.access = access;
    this.policy = policy;
    this.clock = clock;
  }

  /** The filter form; dates in either era, times of day in Samakki's zone. */
  record Filter(
      String actor,
      String resource,
      String record,
      String action,
      LocalDate fromDate,
      LocalTime fromTime,
      LocalDate toDate,
      LocalTime toTime) {

    Instant from(Clock clock) {
      return fromDate == null
          ? null
          : fromDate
              .atTime(fromTime == null ? LocalTime.MIDNIGHT : fromTime)
              .atZone(clock.getZone())
              .toInstant();
    }

    Instant to(Clock clock) {
      if (toDate == null) {
        return null;
      }
      return toTime == null
          ? toDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant()
          : toDate.atTime(toTime).atZone(clock.getZone()).toInstant();
    }
  }

  @GetMapping("/audit")
  String recent(Model model) {
    return search(new Filter(null, null, null, null, null, null, null, null), model);
  }

  @PostMapping("/audit")
  String search(@ModelAttribute("filter") Filter filter, Model model) {
    model.addAttribute("filter", filter);
    List<AuditEntry> entries = trail.find(query(filter));
    record(entries.stream().map(e -> Long.toString(e.seq())).toList(), "LIST");
    model.addAttribute("entries", entries);
    model.addAttribute("canExport", access.can(RESOURCE, "export"));
    return "audit/search";
  }

  @GetMapping("/audit/breach")
  String breachForm(Model model) {
    return breach(new Filter(null, null, null, null, null, null, null, null), model);
  }

  @PostMapping("/audit/breach")
  String breach(@ModelAttribute("filter") Filter filter, Model model) {
    model.addAttribute("filter", filter);
    List<Exposure> exposures =
        filter.fromDate() == null ? List.of() : trail.exposure(query(filter));
    record(List.of(), "BREACH_QUERY");
    model.addAttribute("exposures", exposures);
    model.addAttribute("canExport", access.can(RESOURCE, "export"));
    return "audit/breach";
  }

  @PostMapping("/audit/export.csv")
  void export(@ModelAttribute("filter") Filter filter, HttpServletResponse response)
      throws IOException {
    List<AuditEntry> entries = trail.find(query(filter));
    record(entries.stream().map(e -> Long.toString(e.seq())).toList(), "EXPORT");
    try (CSVPrinter csv =
        csv(
            response,
            "samakki-audit.csv",
            "seq",
            "occurred_at",
            "actor",
            "roles",
            "purpose",
            "agreement",
            "action",
            "resource_type",
            "record_ids",
            "fields",
            "outcome",
            "reason",
            "client_address",
            "request_id")) {
      for (AuditEntry e : entries) {
        csv.printRecord(
            e.seq(),
            e.occurredAt(),
            e.actorName(),
            String.join(" ", e.roles()),
            e.purpose(),
            e.agreement(),
            e.action(),
            e.resourceType(),
            String.join(" ", e.recordIds()),
            String.join(" ", e.fields()),
            e.outcome(),
            e.reason(),
            e.clientAddress(),
            e.requestId());
      }
    }
  }

  @PostMapping("/audit/breach.csv")
  void exportBreach(@ModelAttribute("filter") Filter filter, HttpServletResponse response)
      throws IOException {
    List<Exposure> exposures = trail.exposure(query(filter));
    record(List.of(), "EXPORT_BREACH_QUERY");
    try (CSVPrinter csv =
        csv(
            response,
            "samakki-exposure.csv",
            "resource_type",
            "record_id",
            "actors",
            "times",
            "first",
            "last")) {
      for (Exposure e : exposures) {
        csv.printRecord(
            e.resourceType(),
            e.recordId(),
            String.join(" ", e.actors()),
            e.times(),
            e.first(),
            e.last());
      }
    }
  }

  /** The DPO of an agency sees what that agency's staff did; a wider scope sees everything. */
  private AuditQuery query(Filter f) {
    Actor dpo = access.actor();
    boolean everything = policy.scopes(dpo.roles(), RESOURCE, "list").contains(Scope.ALL);
    UUID agency = everything ? null : dpo.agencyId();
    return new AuditQuery(
        null,
        blank(f.actor()),
        agency,
        blank(f.resource()),
        blank(f.record()),
        blank(f.action()),
        f.from(clock),
        f.to(clock),
        null,
        PAGE);
  }

  private void record(List<String> ids, String action) {
    trail.record(
        AuditRecord.read(action, RESOURCE, ids, List.copyOf(access.readableFields(RESOURCE))));
  }

  private static CSVPrinter csv(HttpServletResponse response, String file, String... header)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    PrintWriter writer = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
    return CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer);
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
