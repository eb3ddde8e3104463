package org.samakki.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.samakki.registry.persons.EmployerFile;
import org.samakki.registry.persons.EmployerFiles;
import org.samakki.registry.persons.PersonChanges;
import org.samakki.registry.persons.PersonFiles;
import org.samakki.registry.persons.PersonSearch;
import org.samakki.registry.persons.SearchQuery;
import org.samakki.registry.persons.Worklists;
import org.samakki.registry.status.Reason;
import org.samakki.registry.statuses.StatusDerivation;
import org.samakki.registry.statuses.StatusOn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's REST API for other systems and scripts: persons, their registrations, status as of
 * any day, worklists and employers. The same access rules, field policies and audit as the pages.
 */
@RestController
@Tag(name = "Registry", description = "Migrant workers, registrations and legal status")
class RegistryApi {

  private final PersonFiles files;
  private final PersonChanges changesOfPersons;
  private final PersonSearch search;
  private final Worklists worklists;
  private final EmployerFiles employers;
  private final StatusDerivation derivation;

  RegistryApi(
      PersonFiles files,
      PersonChanges changesOfPersons,
      PersonSearch search,
      Worklists worklists,
      EmployerFiles employers,
      StatusDerivation derivation) {
    this.files = files;
    this.changesOfPersons = changesOfPersons;
    this.search = search;
    this.worklists = worklists;
    this.employers = employers;
    this.derivation = derivation;
  }

  /** A search; by POST so that names and document numbers stay out of addresses and logs. */
  @PostMapping("/api/registry/search")
  @Operation(
      summary = "Find persons by any name form, document number, birth year, nationality, area")
  List<PersonSearch.Found> search(@RequestBody SearchQuery query) {
    if (query == null || query.isEmpty()) {
      throw new IllegalArgumentException("registry.search.empty");
    }
    return search.search(query);
  }

  @GetMapping("/api/registry/persons/{id}")
  @Operation(summary = "A person's identity and contact fields, as far as the caller may see them")
  Map<String, Object> person(@PathVariable long id) {
    return files.person(id);
  }

  @PatchMapping("/api/registry/persons/{id}")
  @Operation(
      summary = "Correct a person's identity or contact fields (only those the caller may write)")
  Map<String, Object> updatePerson(
      @PathVariable long id, @RequestBody Map<String, Object> changes) {
    return changesOfPersons.update(id, changes);
  }

  @GetMapping("/api/registry/persons/{id}/documents")
  @Operation(summary = "A person's identity documents")
  List<Map<String, Object>> documents(@PathVariable long id) {
    return files.documents(id);
  }

  @GetMapping("/api/registry/persons/{id}/registrations")
  @Operation(summary = "A person's registrations with employment and entitlements")
  List<Map<String, Object>> registrations(@PathVariable long id) {
    return files.registrations(id);
  }

  @GetMapping("/api/registry/persons/{id}/status-history")
  @Operation(summary = "A person's status periods with their reasons, oldest first")
  List<Map<String, Object>> statusHistory(@PathVariable long id) {
    return files.statusHistory(id);
  }

  @GetMapping("/api/registry/persons/{id}/status")
  @Operation(summary = "A person's status on a day (default today): status, reasons, next deadline")
  StatusOn status(
      @PathVariable long id,
      @Parameter(description = "YYYY-MM-DD, Gregorian or Buddhist era")
          @RequestParam(name = "asOf", required = false)
          String asOf) {
    return files.statusOn(id, asOf == null || asOf.isBlank() ? derivation.today() : day(asOf));
  }

  @GetMapping("/api/registry/worklists/expiring")
  @Operation(summary = "Workers whose status expires within N days (1 to 365)")
  List<Worklists.Entry> expiring(
      @RequestParam(name = "days", defaultValue = "30") String days,
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "district", required = false) String district,
      @RequestParam(name = "employer", required = false) Long employer,
      @RequestParam(name = "sector", required = false) String sector,
      @RequestParam(name = "nationality", required = false) String nationality) {
    return worklists.expiring(
        Worklists.days(days),
        new Worklists.Filter(province, district, employer, sector, nationality),
        derivation.today());
  }

  @GetMapping("/api/registry/worklists/irregular")
  @Operation(summary = "Irregular workers, optionally for one reason")
  List<Worklists.Entry> irregular(
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "district", required = false) String district,
      @RequestParam(name = "employer", required = false) Long employer,
      @RequestParam(name = "sector", required = false) String sector,
      @RequestParam(name = "nationality", required = false) String nationality) {
    Reason why =
        reason == null || reason.isBlank()
            ? null
            : Arrays.stream(Reason.values())
                .filter(r -> r.name().equals(reason.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("worklist.reason.invalid"));
    return worklists.irregular(
        why, new Worklists.Filter(province, district, employer, sector, nationality));
  }

  @GetMapping("/api/registry/employers/{id}")
  @Operation(summary = "An employer's fields")
  Map<String, Object> employer(@PathVariable long id) {
    return employers.employer(id);
  }

  @PatchMapping("/api/registry/employers/{id}")
  @Operation(summary = "Correct an employer's name, kind, sector or contacts")
  Map<String, Object> updateEmployer(
      @PathVariable long id, @RequestBody Map<String, Object> changes) {
    return employers.update(id, changes);
  }

  @GetMapping("/api/registry/employers/{id}/workers")
  @Operation(summary = "An employer's workers by status, the most urgent first")
  EmployerFile employerWorkers(@PathVariable long id) {
    return employers.read(id);
  }

  private static LocalDate day(String text) {
    String[] parts = text.strip().split("-");
    try {
      if (parts.length == 3) {
        int year = Integer.parseInt(parts[0]);
        return LocalDate.of(
            year > 2400 ? year - 543 : year,
            Integer.parseInt(parts[1]),
            Integer.parseInt(parts[2]));
      }
    } catch (RuntimeException e) {
      // the message below says what is expected
    }
    throw new IllegalArgumentException("registry.date.invalid");
  }
}
