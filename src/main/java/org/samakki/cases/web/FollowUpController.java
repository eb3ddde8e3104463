package org.samakki.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.samakki.TypedDates;
import org.samakki.access.AccessControl;
import org.samakki.cases.atd.DetentionAlternatives;
import org.samakki.cases.atd.PlacementType;
import org.samakki.cases.atd.Recommendation;
import org.samakki.cases.atd.VisitOutcome;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.supervision.Caseload;
import org.samakki.cases.tasks.FollowUpTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Follow-up of a case: its tasks, the alternatives to detention of a child in immigration detention
 * (assessment, placement, visits), and the supervisor's caseload with the approvals waiting.
 */
@Controller
class FollowUpController {

  private final ProtectionCases cases;
  private final DetentionAlternatives atd;
  private final FollowUpTasks tasks;
  private final Caseload caseload;
  private final AccessControl access;
  private final TypedDates dates;
  private final Clock clock;

  FollowUpController(
      ProtectionCases cases,
      DetentionAlternatives atd,
      FollowUpTasks tasks,
      Caseload caseload,
      AccessControl access,
      TypedDates dates,
      Clock clock) {
    this.cases = cases;
    this.atd = atd;
    this.tasks = tasks;
    this.caseload = caseload;
    this.access = access;
    this.dates = dates;
    this.clock = clock;
  }

  @GetMapping("/cases/caseload")
  String caseload(Model model) {
    model.addAttribute("load", caseload.ofMyAgency());
    return "cases/caseload";
  }

  @GetMapping("/cases/{id}/tasks")
  String tasks(@PathVariable UUID id, Model model) {
    Map<String, Object> c = cases.read(id);
    model.addAttribute("c", c);
    model.addAttribute("tasks", tasks.of(id));
    model.addAttribute("colleagues", tasks.assignable(id));
    model.addAttribute("me", access.actor().id());
    model.addAttribute("canUpdate", access.can("protection-case", "update"));
    model.addAttribute("closed", "CLOSED".equals(c.get("stage")));
    model.addAttribute("today", LocalDate.now(clock));
    return "cases/tasks";
  }

  @PostMapping("/cases/{id}/tasks")
  String addTask(
      @PathVariable UUID id,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "dueOn", required = false) String dueOn,
      @RequestParam(name = "assignee", required = false) UUID assignee) {
    tasks.add(id, title, dates.read(dueOn), assignee);
    return "redirect:/cases/" + id + "/tasks";
  }

  @PostMapping("/cases/{id}/tasks/{task}/done")
  String taskDone(@PathVariable UUID id, @PathVariable UUID task) {
    tasks.done(id, task);
    return "redirect:/cases/" + id + "/tasks";
  }

  @GetMapping("/cases/{id}/atd")
  String atd(@PathVariable UUID id, Model model) {
    Map<String, Object> c = cases.read(id);
    model.addAttribute("c", c);
    model.addAttribute("atd", atd.of(id));
    model.addAttribute("canUpdate", access.can("detention-alternative", "update"));
    model.addAttribute("closed", "CLOSED".equals(c.get("stage")));
    model.addAttribute("recommendations", Recommendation.values());
    model.addAttribute("placementTypes", PlacementType.values());
    model.addAttribute("outcomes", VisitOutcome.values());
    model.addAttribute("today", LocalDate.now(clock));
    return "cases/atd";
  }

  @PostMapping("/cases/{id}/atd/assessments")
  String assess(
      @PathVariable UUID id,
      @RequestParam(name = "assessedOn", required = false) String assessedOn,
      @RequestParam(name = "assessor", required = false) String assessor,
      @RequestParam(name = "agency", required = false) String agency,
      @RequestParam(name = "findings", required = false) String findings,
      @RequestParam(name = "recommendation", required = false) String recommendation) {
    atd.assess(
        id,
        dates.read(assessedOn),
        assessor,
        agency,
        findings,
        CaseController.value(Recommendation.class, recommendation));
    return "redirect:/cases/" + id + "/atd";
  }

  @PostMapping("/cases/{id}/atd/placements")
  String place(
      @PathVariable UUID id,
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "areaCode", required = false) String areaCode,
      @RequestParam(name = "startsOn", required = false) String startsOn,
      @RequestParam(name = "endsOn", required = false) String endsOn,
      @RequestParam(name = "caregiver", required = false) String caregiver,
      @RequestParam(name = "releasedOn", required = false) String releasedOn) {
    atd.place(
        id,
        new DetentionAlternatives.NewPlacement(
            CaseController.value(PlacementType.class, type),
            areaCode,
            dates.read(startsOn),
            dates.read(endsOn),
            caregiver,
            dates.read(releasedOn)));
    return "redirect:/cases/" + id + "/atd";
  }

  @PostMapping("/cases/{id}/atd/visits")
  String scheduleVisit(
      @PathVariable UUID id, @RequestParam(name = "dueOn", required = false) String dueOn) {
    atd.scheduleVisit(id, dates.read(dueOn));
    return "redirect:/cases/" + id + "/atd";
  }

  @PostMapping("/cases/{id}/atd/visits/{visit}")
  String visited(
      @PathVariable UUID id,
      @PathVariable UUID visit,
      @RequestParam(name = "doneOn", required = false) String doneOn,
      @RequestParam(name = "visitedBy", required = false) String visitedBy,
      @RequestParam(name = "outcome", required = false) String outcome,
      @RequestParam(name = "notes", required = false) String notes) {
    atd.visited(
        id,
        visit,
        dates.read(doneOn),
        visitedBy,
        CaseController.value(VisitOutcome.class, outcome),
        notes);
    return "redirect:/cases/" + id + "/atd";
  }
}
