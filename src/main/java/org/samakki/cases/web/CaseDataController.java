package org.samakki.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.consent.ProcessingPurpose;
import org.samakki.cases.nrm.ProtectionCases;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How a case's data may be processed: the legal basis per purpose, restriction at the person's
 * request, and the sensitive fields kept encrypted (health, immigration status).
 */
@Controller
class CaseDataController {

  private final ProtectionCases cases;

  CaseDataController(ProtectionCases cases) {
    this.cases = cases;
  }

  @PostMapping("/cases/{id}/legal-bases")
  String setBasis(
      @PathVariable UUID id,
      @RequestParam(name = "purpose", required = false) String purpose,
      @RequestParam(name = "basis", required = false) String basis,
      @RequestParam(name = "noticeVersion", required = false) String notice) {
    cases.setLegalBasis(
        id,
        CaseController.value(ProcessingPurpose.class, purpose),
        CaseController.value(LegalBasis.class, basis),
        notice);
    return "redirect:/cases/" + id + "#legal-bases";
  }

  @PostMapping("/cases/{id}/assignees")
  String assign(@PathVariable UUID id, @RequestParam(name = "user", required = false) UUID user) {
    if (user == null) {
      throw new IllegalArgumentException("cases.assign.notColleague");
    }
    cases.assign(id, user);
    return "redirect:/cases/" + id + "#workers";
  }

  @PostMapping("/cases/{id}/restriction")
  String restrict(
      @PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason) {
    cases.restrict(id, reason);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/restriction/lift")
  String lift(@PathVariable UUID id) {
    cases.lift(id);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/sensitive")
  String sensitive(
      @PathVariable UUID id,
      @RequestParam(name = "health", required = false) String health,
      @RequestParam(name = "immigrationStatus", required = false) String immigration) {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("health", blankToNull(health));
    changes.put("immigrationStatus", blankToNull(immigration));
    cases.update(id, changes);
    return "redirect:/cases/" + id + "#sensitive";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
