package org.samakki.cases.web;

import java.util.Map;
import org.samakki.cases.subjectaccess.SubjectAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data protection officer's subject access page: the export is asked for by POST so that the
 * person's id stays out of addresses, histories and proxy logs.
 */
@Controller
class SubjectAccessController {

  private final SubjectAccess subjectAccess;

  SubjectAccessController(SubjectAccess subjectAccess) {
    this.subjectAccess = subjectAccess;
  }

  @GetMapping("/subject-access")
  String page() {
    return "cases/subject-access";
  }

  @PostMapping("/subject-access/export")
  ResponseEntity<Map<String, Object>> export(
      @RequestParam(name = "person", required = false) String person) {
    long id;
    try {
      id = Long.parseLong(person == null ? "" : person.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cases.subjectAccess.personRequired");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"subject-access-" + id + ".json\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(subjectAccess.export(id));
  }
}
