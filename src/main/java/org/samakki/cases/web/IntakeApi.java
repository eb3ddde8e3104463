package org.samakki.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.samakki.registry.PersonLookup;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake for other systems, under the same rules as the page: search the registry before creating
 * (ranked candidates with probability and reasons), then register a minimal person when nobody
 * matches; both audited for protection.
 */
@RestController
@Tag(name = "Protection intake", description = "Search before create, and a minimal person")
class IntakeApi {

  private final PersonLookup lookup;

  IntakeApi(PersonLookup lookup) {
    this.lookup = lookup;
  }

  @PostMapping("/api/cases/intake/search")
  @Operation(
      summary =
          "Known persons who may be the one at intake, best first, with the match probability and"
              + " the compared fields")
  List<PersonLookup.Candidate> search(@RequestBody(required = false) PersonLookup.Query query) {
    if (query == null) {
      throw new IllegalArgumentException("cases.intake.name.required");
    }
    return lookup.search(query, IntakeController.PURPOSE);
  }

  @PostMapping("/api/cases/intake/persons")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registers a minimal person when nobody known matches; returns their id")
  Map<String, Object> register(@RequestBody(required = false) PersonLookup.NewPerson person) {
    if (person == null) {
      throw new IllegalArgumentException("cases.intake.name.required");
    }
    long id = lookup.create(person, IntakeController.PURPOSE);
    return Map.of(
        "personId", id, "noticeLanguage", PersonLookup.noticeLanguage(person.nationality()));
  }
}
