package org.samakki.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samakki.TypedDates;
import org.samakki.access.AccessControl;
import org.samakki.registry.Sector;
import org.samakki.registry.duplicates.Merges;
import org.samakki.registry.persons.EmployerChange;
import org.samakki.registry.persons.EmployerFiles;
import org.samakki.registry.persons.PersonFile;
import org.samakki.registry.persons.PersonFiles;
import org.samakki.registry.persons.PersonSearch;
import org.samakki.registry.persons.RegistryOverview;
import org.samakki.registry.persons.SearchQuery;
import org.samakki.registry.persons.Worklists;
import org.samakki.registry.status.Reason;
import org.samakki.registry.status.StatusKind;
import org.samakki.registry.statuses.StatusDerivation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry's pages: the overview, search, a person's file, an employer, worklists. */
@Controller
class RegistryController {

  private final RegistryOverview overview;
  private final PersonSearch search;
  private final PersonFiles files;
  private final EmployerFiles employers;
  private final Worklists worklists;
  private final EmployerChange employerChange;
  private final StatusDerivation derivation;
  private final AccessControl access;
  private final TypedDates dates;
  private final Merges merges;

  RegistryController(
      RegistryOverview overview,
      PersonSearch search,
      PersonFiles files,
      EmployerFiles employers,
      Worklists worklists,
      EmployerChange employerChange,
      StatusDerivation derivation,
      AccessControl access,
      TypedDates dates,
      Merges merges) {
    this.overview = overview;
    this.search = search;
    this.files = files;
    this.employers = employers;
    this.worklists = worklists;
    this.employerChange = employerChange;
    this.derivation = derivation;
    this.access = access;
    this.dates = dates;
    this.merges = merges;
  }

  @GetMapping("/registry")
  String home(Model model) {
    model.addAttribute("today", derivation.today());
    model.addAttribute("counts", overview.counts(derivation.today()));
    return "registry/home";
  }

  @GetMapping("/registry/search")
  String searchForm(Model model) {
    model.addAttribute("query", new SearchQuery(null, null, null, null, null));
    return "registry/search";
  }

  /** Search goes by POST: names and document numbers stay out of addresses and logs. */
  @PostMapping("/registry/search")
  String search(
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "documentNumber", required = false) String document,
      @RequestParam(name = "birthYear", required = false) String birthYear,
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "areaCode", required = false) String area,
      Model model,
      HttpServletResponse response) {
    Integer year = year(birthYear);
    SearchQuery query = new SearchQuery(name, document, year, nationality, area);
    model.addAttribute("query", query);
    model.addAttribute("limit", PersonSearch.LIMIT);
    if (birthYear != null && !birthYear.isBlank() && year == null) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", "registry.search.birthYear.invalid");
      return "registry/search";
    }
    if (query.isEmpty()) {
      model.addAttribute("problem", "registry.search.empty");
      return "registry/search";
    }
    model.addAttribute("results", search.search(query));
    model.addAttribute("searched", true);
    return "registry/search";
  }

  @GetMapping("/registry/persons/{id}")
  String person(@PathVariable long id, Model model) {
    PersonFile file = files.read(id);
    List<Map<String, Object>> newestFirst = new ArrayList<>(file.statusHistory());
    Collections.reverse(newestFirst);
    model.addAttribute("file", file);
    model.addAttribute("history", newestFirst);
    model.addAttribute(
        "drawing", Charts.draw(file.registrations(), file.statusHistory(), derivation.today()));
    model.addAttribute("statuses", StatusKind.values());
    model.addAttribute(
        "canReportChange", file.showsRegistrations() && access.can("registration", "update"));
    // a link only: protection cases build on the registry, not the other way round
    model.addAttribute("canOpenCase", access.can("protection-case", "create"));
    if (access.can("person-duplicate", "read")) {
      List<Merges.Merge> standing = merges.of(id).stream().filter(m -> !m.undone()).toList();
      model.addAttribute(
          "mergedInto", standing.stream().filter(m -> m.mergedId() == id).findFirst().orElse(null));
      model.addAttribute("absorbed", standing.stream().filter(m -> m.survivorId() == id).toList());
      model.addAttribute("canUnmerge", access.can("person-duplicate", "unmerge"));
    }
    return "registry/person";
  }

  @PostMapping("/registry/persons/{id}/employer-change")
  String reportEmployerChange(
      @PathVariable long id,
      @RequestParam(name = "employerName", required = false) String employer,
      @RequestParam(name = "startedOn", required = false) String started,
      @RequestParam(name = "reportedOn", required = false) String reported,
      Model model,
      HttpServletResponse response) {
    try {
      employerChange.record(
          id, new EmployerChange.Report(employer, dates.read(started), dates.read(reported)));
      return "redirect:/registry/persons/" + id + "?changed";
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.getMessage());
      return person(id, model);
    }
  }

  @GetMapping("/registry/employers/{id}")
  String employer(@PathVariable long id, Model model) {
    model.addAttribute("file", employers.read(id));
    model.addAttribute("statuses", StatusKind.values());
    model.addAttribute("page", Worklists.PAGE);
    return "registry/employer";
  }

  @GetMapping("/registry/worklists/expiring")
  String expiring(
      @RequestParam(name = "days", defaultValue = "30") String days,
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "district", required = false) String district,
      @RequestParam(name = "sector", required = false) String sector,
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "employer", required = false) String employer,
      Model model,
      HttpServletResponse response) {
    Worklists.Filter filter = filter(province, district, employer, sector, nationality);
    int within = Worklists.days(days);
    model.addAttribute("entries", worklists.expiring(within, filter, derivation.today()));
    model.addAttribute("days", within);
    return worklist(model, "expiring", filter);
  }

  @GetMapping("/registry/worklists/irregular")
  String irregular(
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "district", required = false) String district,
      @RequestParam(name = "sector", required = false) String sector,
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "employer", required = false) String employer,
      Model model) {
    Optional<Reason> why =
        Arrays.stream(Reason.values()).filter(r -> r.name().equals(reason)).findFirst();
    Worklists.Filter filter = filter(province, district, employer, sector, nationality);
    model.addAttribute("entries", worklists.irregular(why.orElse(null), filter));
    model.addAttribute("reason", why.map(Reason::name).orElse(null));
    return worklist(model, "irregular", filter);
  }

  private String worklist(Model model, String kind, Worklists.Filter filter) {
    model.addAttribute("kind", kind);
    model.addAttribute("filter", filter);
    model.addAttribute("page", Worklists.PAGE);
    model.addAttribute("sectors", Sector.values());
    model.addAttribute(
        "reasons",
        Arrays.stream(Reason.values()).filter(r -> r.kind() == StatusKind.IRREGULAR).toList());
    return "registry/worklist";
  }

  static Worklists.Filter filter(
      String province, String district, String employer, String sector, String nationality) {
    return new Worklists.Filter(
        blank(province), blank(district), employerId(employer), blank(sector), blank(nationality));
  }

  private static Long employerId(String text) {
    try {
      return blank(text) == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("worklist.employer.invalid");
    }
  }

  private static Integer year(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(text.strip());
      int gregorian = year > 2400 ? year - 543 : year;
      return gregorian >= 1900 && gregorian <= 2100 ? gregorian : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
