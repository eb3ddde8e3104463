package org.samakki.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.TypedDates;
import org.samakki.access.AccessControl;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Giver;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.consent.ProcessingPurpose;
import org.samakki.cases.consent.Purpose;
import org.samakki.cases.consent.RecipientType;
import org.samakki.cases.nrm.Approvals;
import org.samakki.cases.nrm.CasePlans;
import org.samakki.cases.nrm.CaseReferrals;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ClosureReason;
import org.samakki.cases.nrm.Identification;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.cases.nrm.Stage;
import org.samakki.cases.screening.Indicator;
import org.samakki.cases.screening.Screenings;
import org.samakki.cases.tasks.FollowUpTasks;
import org.samakki.referrals.Referrals;
import org.samakki.referrals.Service;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseworker's pages: my cases, opening a case on a person of the registry, the case page with
 * its stages, identification, consent and referrals.
 */
@Controller
class CaseController {

  private final ProtectionCases cases;
  private final Approvals approvals;
  private final CasePlans plans;
  private final Screenings screenings;
  private final Consents consents;
  private final CaseReferrals caseReferrals;
  private final Referrals referrals;
  private final AccessControl access;
  private final TypedDates dates;
  private final Clock clock;
  private final FollowUpTasks tasks;

  CaseController(
      ProtectionCases cases,
      Approvals approvals,
      CasePlans plans,
      Screenings screenings,
      Consents consents,
      CaseReferrals caseReferrals,
      Referrals referrals,
      AccessControl access,
      TypedDates dates,
      Clock clock,
      FollowUpTasks tasks) {
    this.cases = cases;
    this.approvals = approvals;
    this.plans = plans;
    this.screenings = screenings;
    this.consents = consents;
    this.caseReferrals = caseReferrals;
    this.referrals = referrals;
    this.access = access;
    this.dates = dates;
    this.clock = clock;
    this.tasks = tasks;
  }

  @GetMapping("/cases")
  String mine(Model model) {
    model.addAttribute("cases", cases.mine());
    model.addAttribute("tasksDue", tasks.dueToMe());
    model.addAttribute("canSupervise", access.can("protection-case", "approve"));
    return "cases/home";
  }

  @GetMapping("/cases/new")
  String form(
      @RequestParam(name = "person") long person,
      @RequestParam(name = "language", required = false) String language,
      Model model) {
    model.addAttribute("person", person);
    // from intake: the notice is first offered in the language of the person's nationality
    model.addAttribute("language", language);
    model.addAttribute("types", CaseType.values());
    model.addAttribute("bases", LegalBasis.values());
    return "cases/new";
  }

  @PostMapping("/cases")
  String open(
      @RequestParam(name = "person") long person,
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "child", defaultValue = "false") boolean child,
      @RequestParam(name = "narrative", required = false) String narrative,
      @RequestParam(name = "noticeVersion", required = false) String noticeVersion,
      @RequestParam(name = "noticeLanguage", required = false) String noticeLanguage,
      @RequestParam(name = "legalBasis", required = false) String basis) {
    UUID id =
        cases.open(
            new ProtectionCases.Opening(
                person,
                value(CaseType.class, type),
                child,
                narrative,
                noticeVersion,
                noticeLanguage,
                basis == null || basis.isBlank() ? null : value(LegalBasis.class, basis)));
    return "redirect:/cases/" + id;
  }

  @GetMapping("/cases/{id}")
  String page(@PathVariable UUID id, Model model) {
    Map<String, Object> view = cases.read(id);
    model.addAttribute("c", view);
    model.addAttribute("history", cases.history(id));
    Stage stage = Stage.valueOf((String) view.get("stage"));
    model.addAttribute("nextStages", stage.next().stream().filter(s -> s != Stage.CLOSED).toList());
    model.addAttribute("closeable", stage != Stage.CLOSED);
    model.addAttribute("closureReasons", ClosureReason.values());
    model.addAttribute("decisions", Identification.values());
    model.addAttribute("teamRoles", org.samakki.cases.nrm.TeamRole.values());
    model.addAttribute("team", cases.team(id).orElse(null));
    model.addAttribute("purposes", Purpose.values());
    model.addAttribute("recipients", RecipientType.values());
    model.addAttribute("givers", Giver.values());
    model.addAttribute("services", Service.values());
    boolean canUpdate = access.can("protection-case", "update");
    boolean canApprove = access.can("protection-case", "approve");
    model.addAttribute("canUpdate", canUpdate);
    model.addAttribute("canIdentify", access.can("protection-case", "identify"));
    // each part only for a role that works with it: a team member called for the interview
    // reads the summary, the screening and the narrative, not the consents, plan or referrals
    model.addAttribute(
        "consents", access.can("case-consent", "read") ? consents.of(id) : List.of());
    model.addAttribute("screening", screenings.of(id).orElse(null));
    model.addAttribute("indicators", Indicator.values());
    boolean worksTheCase = canUpdate || canApprove;
    model.addAttribute("plan", worksTheCase ? plans.items(id) : List.of());
    model.addAttribute("deliveries", worksTheCase ? plans.deliveries(id) : List.of());
    model.addAttribute("approvals", worksTheCase ? approvals.of(id) : List.of());
    model.addAttribute("canApprove", canApprove);
    model.addAttribute("kinds", CasePlans.Kind.values());
    model.addAttribute(
        "referrals", access.can("referral", "list") ? referrals.listOfCase(id) : List.of());
    model.addAttribute(
        "providers",
        canUpdate && access.can("service-provider", "list")
            ? Arrays.stream(Service.values())
                .flatMap(s -> referrals.providers(s, null).stream())
                .distinct()
                .toList()
            : List.of());
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("legalBases", cases.legalBases(id));
    model.addAttribute("processingPurposes", ProcessingPurpose.values());
    model.addAttribute("bases", LegalBasis.values());
    model.addAttribute("canRestrict", access.can("protection-case", "restrict"));
    model.addAttribute("assignees", cases.assignees(id));
    boolean mayAssign =
        access.can("protection-case", "update") && !Boolean.TRUE.equals(view.get("restricted"));
    model.addAttribute("assignable", mayAssign ? cases.assignable(id) : List.of());
    LocalDate deadline = (LocalDate) view.get("protectionDeadline");
    model.addAttribute(
        "daysLeft",
        deadline == null
            ? null
            : java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), deadline));
    return "cases/case";
  }

  @PostMapping("/cases/{id}/stage")
  String advance(@PathVariable UUID id, @RequestParam(name = "to") String to) {
    cases.advance(id, value(Stage.class, to));
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/identification")
  String identify(
      @PathVariable UUID id,
      @RequestParam(name = "decision", required = false) String decision,
      @RequestParam(name = "memberName", required = false) List<String> names,
      @RequestParam(name = "memberRole", required = false) List<String> roles,
      @RequestParam(name = "memberAgency", required = false) List<String> agencies) {
    cases.identify(
        id,
        value(Identification.class, decision),
        TeamForm.members(names, roles, agencies),
        LocalDate.now(clock));
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/close")
  String close(
      @PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason) {
    approvals.requestClosure(id, value(ClosureReason.class, reason));
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/screening")
  String screen(
      @PathVariable UUID id,
      @RequestParam(name = "screenedOn", required = false) String screenedOn,
      @RequestParam(name = "place", required = false) String place,
      @RequestParam(name = "indicators", required = false) List<String> indicators,
      @RequestParam(name = "notes", required = false) String notes) {
    Set<Indicator> found =
        indicators == null
            ? Set.of()
            : indicators.stream()
                .map(i -> value(Indicator.class, i))
                .collect(java.util.stream.Collectors.toSet());
    screenings.record(id, dates.read(screenedOn), place, found, notes);
    return "redirect:/cases/" + id + "#screening";
  }

  @PostMapping("/cases/{id}/plan")
  String addToPlan(
      @PathVariable UUID id,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "responsibleAgency", required = false) String agency,
      @RequestParam(name = "dueOn", required = false) String dueOn) {
    plans.add(id, value(CasePlans.Kind.class, kind), text, agency, dates.read(dueOn));
    return "redirect:/cases/" + id + "#plan";
  }

  @PostMapping("/cases/{id}/plan/{item}/done")
  String done(@PathVariable UUID id, @PathVariable UUID item) {
    plans.done(id, item);
    return "redirect:/cases/" + id + "#plan";
  }

  @PostMapping("/cases/{id}/plan/submit")
  String submitPlan(@PathVariable UUID id) {
    approvals.submitPlan(id);
    return "redirect:/cases/" + id + "#plan";
  }

  @PostMapping("/cases/{id}/approvals")
  String decide(
      @PathVariable UUID id,
      @RequestParam(name = "subject", required = false) String subject,
      @RequestParam(name = "approve", defaultValue = "false") boolean approve) {
    approvals.decide(id, value(Approvals.Subject.class, subject), approve);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/services")
  String delivered(
      @PathVariable UUID id,
      @RequestParam(name = "service", required = false) String service,
      @RequestParam(name = "provider", required = false) String provider,
      @RequestParam(name = "deliveredOn", required = false) String on) {
    plans.delivered(id, value(Service.class, service), provider, dates.read(on));
    return "redirect:/cases/" + id + "#services";
  }

  @PostMapping("/cases/{id}/reopen")
  String reopen(@PathVariable UUID id) {
    cases.reopen(id);
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/consents")
  String consent(
      @PathVariable UUID id,
      @RequestParam(name = "purpose", required = false) String purpose,
      @RequestParam(name = "recipientType", required = false) String recipient,
      @RequestParam(name = "giver", required = false) String giver,
      @RequestParam(name = "childAssent", defaultValue = "false") boolean assent,
      @RequestParam(name = "language", required = false) String language,
      @RequestParam(name = "noticeVersion", required = false) String notice) {
    consents.give(
        id,
        new Consents.Given(
            value(Purpose.class, purpose),
            value(RecipientType.class, recipient),
            value(Giver.class, giver),
            assent,
            language,
            notice));
    return "redirect:/cases/" + id + "#consent";
  }

  @PostMapping("/cases/{id}/consents/{consent}/withdraw")
  String withdraw(@PathVariable UUID id, @PathVariable UUID consent) {
    consents.withdraw(id, consent);
    return "redirect:/cases/" + id + "#consent";
  }

  @PostMapping("/cases/{id}/referrals")
  String refer(
      @PathVariable UUID id,
      @RequestParam(name = "provider", required = false) UUID provider,
      @RequestParam(name = "service", required = false) String service,
      @RequestParam(name = "sections", required = false) List<String> sections,
      @RequestParam(name = "transfer", defaultValue = "false") boolean transfer,
      @RequestParam(name = "overrideReason", required = false) String override) {
    if (provider == null) {
      throw new IllegalArgumentException("referrals.provider.unknown");
    }
    caseReferrals.refer(
        id,
        new CaseReferrals.Request(
            provider,
            value(Service.class, service),
            sections == null ? Set.of() : Set.copyOf(sections),
            transfer,
            override == null || override.isBlank() ? null : override));
    return "redirect:/cases/" + id + "#referrals";
  }

  /** A choice from a form: one of the enum's names, or the form is refused with a reason. */
  static <E extends Enum<E>> E value(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("cases.form.choiceRequired");
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cases.form.choiceRequired");
    }
  }
}
