package org.samakki.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samakki.access.AccessControl;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.access.policy.ProcessingRecord;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages generated from the policy file: the roles and their rights, the processing record. */
@Controller
class PolicyPagesController {

  private final AccessPolicy policy;
  private final AccessControl access;
  private final AuditTrail audit;

  PolicyPagesController(AccessPolicy policy, AccessControl access, AuditTrail audit) {
    this.policy = policy;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/admin")
  String administration() {
    return "access/admin/index";
  }

  @GetMapping("/admin/roles")
  String roles(Model model) {
    model.addAttribute("policy", policy.document());
    return "access/admin/roles";
  }

  @GetMapping("/admin/processing-record")
  String processingRecord(Model model) {
    model.addAttribute("purposes", ProcessingRecord.purposes(policy));
    model.addAttribute("activities", ProcessingRecord.of(policy));
    model.addAttribute("resources", policy.document().resources());
    model.addAttribute("canExport", access.can("processing-record", "export"));
    return "access/admin/processing-record";
  }

  @GetMapping("/admin/processing-record.csv")
  void processingRecordCsv(HttpServletResponse response) throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"samakki-processing-record.csv\"");
    audit.record(AuditRecord.read("EXPORT", "processing-record", List.of(), List.of("purpose")));
    PrintWriter writer = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                "purpose",
                "legal_basis",
                "resource",
                "personal_data",
                "data_categories",
                "field_tags",
                "roles",
                "recipients",
                "retention",
                "purpose_description")
            .get()
            .print(writer)) {
      for (ProcessingRecord.Activity a : ProcessingRecord.of(policy)) {
        csv.printRecord(
            a.purpose(),
            a.legalBasis(),
            a.resource(),
            a.personalData(),
            String.join("; ", a.dataCategories()),
            String.join("; ", a.fieldTags()),
            String.join("; ", a.roles()),
            String.join("; ", a.recipients()),
            a.retention(),
            a.purposeDescription());
      }
    }
  }
}
