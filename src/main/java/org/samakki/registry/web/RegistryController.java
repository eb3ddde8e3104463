package org.samakki.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.samakki.registry.Sector;
import org.samakki.registry.persons.EmployerChange;
import org.samakki.registry.persons.PersonFiles;
import org.samakki.registry.persons.PersonSearch;
import org.samakki.registry.persons.RegistryOverview;
import org.samakki.registry.persons.SearchQuery;
import org.samakki.registry.persons.Worklists;
import org.samakki.registry.status.Reason;
import org.samakki.registry.statuses.StatusDerivation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry's pages: the officer's overview, search, a person's file, worklists. */
@Controller
class RegistryController {

  private final RegistryOverview overview;
  private final PersonSearch search;
  private final PersonFiles files;
  private final Worklists worklists;
  private final EmployerChange employerChange;
  private final StatusDerivation derivation;

  RegistryController(
      RegistryOverview overview,
      PersonSearch search,
      PersonFiles files,
      Worklists worklists,
      EmployerChange employerChange,
      StatusDerivation derivation) {
    this.overview = overview;
    this.search = search;
    this.files = files;
    this.worklists = worklists;
    this.employerChange = employerChange;
    this.derivation = derivation;
  }

  @GetMapping("/registry")
  String home(Model model) {
    model.addAttribute("counts", overview.counts(derivation.today()));
    model.addAttribute("reasons", Reason.values());
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
      @RequestParam(name = "birthYear", required = false) Integer birthYear,
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "areaCode", required = false) String area,
      Model model) {
    SearchQuery query = new SearchQuery(name, document, birthYear, nationality, area);
    model.addAttribute("query", query);
    model.addAttribute("results", search.search(query));
    model.addAttribute("searched", true);
    return "registry/search";
  }

  @GetMapping("/registry/persons/{id}")
  String person(@PathVariable long id, Model model) {
    model.addAttribute("file", files.read(id));
    model.addAttribute("today", derivation.today());
    return "registry/person";
  }

  @PostMapping("/registry/persons/{id}/employer-change")
  String reportEmployerChange(
      @PathVariable long id,
      @RequestParam(name = "employerName", required = false) String employer,
      @RequestParam(name = "startedOn", required = false) LocalDate started,
      @RequestParam(name = "reportedOn", required = false) LocalDate reported,
      Model model,
      HttpServletResponse response) {
    try {
      employerChange.record(id, new EmployerChange.Report(employer, started, reported));
      return "redirect:/registry/persons/" + id + "?changed";
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e.getMessage());
      return person(id, model);
    }
  }

  @GetMapping("/registry/worklists/expiring")
  String expiring(
      @RequestParam(name = "days", defaultValue = "30") int days,
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "district", required = false) String district,
      @RequestParam(name = "sector", required = false) String sector,
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "employer", required = false) Long employer,
      Model model) {
    Worklists.Filter filter = filter(province, district, employer, sector, nationality);
    model.addAttribute(
        "entries",
        worklists.expiring(Math.max(1, Math.min(days, 365)), filter, derivation.today()));
    model.addAttribute("days", days);
    return worklist(model, "expiring", filter);
  }

  @GetMapping("/registry/worklists/irregular")
  String irregular(
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "province", required = false) String province,
      @RequestParam(name = "district", required = false) String district,
      @RequestParam(name = "sector", required = false) String sector,
      @RequestParam(name = "nationality", required = false) String nationality,
      @RequestParam(name = "employer", required = false) Long employer,
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
    model.addAttribute("sectors", Sector.values());
    model.addAttribute(
        "reasons",
        Arrays.stream(Reason.values()).filter(r -> r.kind().name().equals("IRREGULAR")).toList());
    return "registry/worklist";
  }

  private static Worklists.Filter filter(
      String province, String district, Long employer, String sector, String nationality) {
    return new Worklists.Filter(
        blank(province), blank(district), employer, blank(sector), blank(nationality));
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
