package org.samakki.cases.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.samakki.TypedDates;
import org.samakki.cases.htcds.AtRisk;
import org.samakki.cases.htcds.EventKind;
import org.samakki.cases.htcds.ExploitationType;
import org.samakki.cases.htcds.Industry;
import org.samakki.cases.htcds.MeansOfControl;
import org.samakki.cases.htcds.RecruiterType;
import org.samakki.cases.htcds.RiskLevel;
import org.samakki.cases.htcds.TraffickingRecords;
import org.samakki.geo.AdminAreas;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The trafficking record of a case (IOM's Human Trafficking Case Data Standard): recruitment, means
 * of control, exploitation and industry, events with place and dates, risk assessments.
 */
@Controller
class TraffickingController {

  private final TraffickingRecords records;
  private final AdminAreas areas;
  private final TypedDates dates;

  TraffickingController(TraffickingRecords records, AdminAreas areas, TypedDates dates) {
    this.records = records;
    this.areas = areas;
    this.dates = dates;
  }

  @GetMapping("/cases/{id}/trafficking")
  String page(@PathVariable UUID id, Model model, Locale locale) {
    Map<String, Object> record = records.read(id);
    model.addAttribute("t", record);
    model.addAttribute("caseId", id);
    model.addAttribute("canUpdate", records.canUpdate());
    model.addAttribute("recruiterTypes", RecruiterType.values());
    model.addAttribute("meansOfControl", MeansOfControl.values());
    model.addAttribute("exploitationTypes", ExploitationType.values());
    model.addAttribute("industries", Industry.values());
    model.addAttribute("eventKinds", EventKind.values());
    model.addAttribute("riskLevels", RiskLevel.values());
    model.addAttribute("atRisk", AtRisk.values());
    Map<String, String> areaNames = new HashMap<>();
    Object area = record.get("recruitmentArea");
    if (area instanceof String code) {
      areas.findArea(code).ifPresent(a -> areaNames.put(code, a.name(locale)));
    }
    if (record.get("events") instanceof List<?> events) {
      for (Object e : events) {
        String code = ((TraffickingRecords.Event) e).areaCode();
        if (code != null) {
          areas.findArea(code).ifPresent(a -> areaNames.put(code, a.name(locale)));
        }
      }
    }
    model.addAttribute("areaNames", areaNames);
    model.addAttribute("countries", countries(locale));
    return "cases/trafficking";
  }

  @PostMapping("/cases/{id}/trafficking")
  String record(
      @PathVariable UUID id,
      @RequestParam(name = "recruiterType", required = false) String recruiterType,
      @RequestParam(name = "recruitedOn", required = false) String recruitedOn,
      @RequestParam(name = "recruitmentArea", required = false) String area,
      @RequestParam(name = "recruitmentCountry", required = false) String country,
      @RequestParam(name = "recruitmentFee", required = false) String fee,
      @RequestParam(name = "debtOwed", required = false) String debt,
      @RequestParam(name = "recruitmentDetails", required = false) String details,
      @RequestParam(name = "meansOfControl", required = false) List<String> means,
      @RequestParam(name = "exploitationTypes", required = false) List<String> exploitation,
      @RequestParam(name = "industries", required = false) List<String> industries) {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("recruiterType", recruiterType);
    changes.put("recruitedOn", dates.read(recruitedOn));
    changes.put("recruitmentArea", area);
    changes.put("recruitmentCountry", country);
    changes.put("recruitmentFee", fee);
    changes.put("debtOwed", debt);
    changes.put("recruitmentDetails", details);
    changes.put("meansOfControl", means == null ? List.of() : means);
    changes.put("exploitationTypes", exploitation == null ? List.of() : exploitation);
    changes.put("industries", industries == null ? List.of() : industries);
    records.update(id, changes);
    return "redirect:/cases/" + id + "/trafficking";
  }

  @PostMapping("/cases/{id}/trafficking/events")
  String event(
      @PathVariable UUID id,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "areaCode", required = false) String area,
      @RequestParam(name = "country", required = false) String country,
      @RequestParam(name = "startedOn", required = false) String startedOn,
      @RequestParam(name = "endedOn", required = false) String endedOn,
      @RequestParam(name = "notes", required = false) String notes) {
    records.addEvent(
        id,
        new TraffickingRecords.NewEvent(
            CaseController.value(EventKind.class, kind),
            area,
            country,
            dates.read(startedOn),
            dates.read(endedOn),
            notes));
    return "redirect:/cases/" + id + "/trafficking#events";
  }

  @PostMapping("/cases/{id}/trafficking/risks")
  String risk(
      @PathVariable UUID id,
      @RequestParam(name = "assessedOn", required = false) String assessedOn,
      @RequestParam(name = "assessor", required = false) String assessor,
      @RequestParam(name = "level", required = false) String level,
      @RequestParam(name = "atRisk", required = false) List<String> atRisk,
      @RequestParam(name = "notes", required = false) String notes) {
    Set<AtRisk> who =
        atRisk == null
            ? Set.of()
            : atRisk.stream()
                .map(a -> CaseController.value(AtRisk.class, a))
                .collect(Collectors.toSet());
    records.addRiskAssessment(
        id,
        new TraffickingRecords.NewRiskAssessment(
            dates.read(assessedOn),
            assessor,
            CaseController.value(RiskLevel.class, level),
            who,
            notes));
    return "redirect:/cases/" + id + "/trafficking#risks";
  }

  /** Countries by ISO 3166 alpha-3 code, named in the reader's language, sorted by name. */
  static Map<String, String> countries(Locale locale) {
    return java.util.Arrays.stream(Locale.getISOCountries())
        .map(c -> new Locale("", c))
        .sorted(java.util.Comparator.comparing((Locale l) -> l.getDisplayCountry(locale)))
        .collect(
            Collectors.toMap(
                Locale::getISO3Country,
                l -> l.getDisplayCountry(locale),
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
