package org.samakki.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.TypedDates;
import org.samakki.cases.consent.Consents;
import org.samakki.cases.consent.Giver;
import org.samakki.cases.consent.LegalBases;
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
import org.samakki.cases.nrm.TeamMember;
import org.samakki.cases.nrm.TeamRole;
import org.samakki.cases.screening.Indicator;
import org.samakki.cases.screening.Screenings;
import org.samakki.referrals.Referrals;
import org.samakki.referrals.Service;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work on a protection case for other systems: opening it, its stages, screening,
 * identification, consent, case plan, services, approvals and referrals. Each call goes through the
 * same services, access rules and audit as the pages; a case outside the caller's need to know is
 * missing (404), refused input is 422 with the reason in the caller's language.
 */
@RestController
@Tag(name = "Protection cases", description = "NRM cases and referrals between agencies")
class CaseWorkApi {

  private final ProtectionCases cases;
  private final Screenings screenings;
  private final Consents consents;
  private final CasePlans plans;
  private final Approvals approvals;
  private final CaseReferrals caseReferrals;
  private final Referrals referrals;
  private final TypedDates dates;
  private final Clock clock;

  CaseWorkApi(
      ProtectionCases cases,
      Screenings screenings,
      Consents consents,
      CasePlans plans,
      Approvals approvals,
      CaseReferrals caseReferrals,
      Referrals referrals,
      TypedDates dates,
      Clock clock) {
    this.cases = cases;
    this.screenings = screenings;
    this.consents = consents;
    this.plans = plans;
    this.approvals = approvals;
    this.caseReferrals = caseReferrals;
    this.referrals = referrals;
    this.dates = dates;
    this.clock = clock;
  }

  /**
   * A case to open on a person of the registry, with the privacy notice shown (DP-19) and the legal
   * basis for managing the case (DP-01).
   */
  record Opening(
      Long personId,
      String type,
      Boolean child,
      String narrative,
      String noticeVersion,
      String noticeLanguage,
      String legalBasis) {}

  record StageChange(String to) {}

  /** The team's decision: at least two members from at least two agencies. */
  record Decision(String decision, List<Member> team, String decidedOn) {}

  /** A member of the multidisciplinary team: name, profession (TeamRole) and agency. */
  record Member(String name, String role, String agency) {}

  record Closure(String reason) {}

  record Screening(String screenedOn, String place, List<String> indicators, String notes) {}

  record NewConsent(
      String purpose,
      String recipientType,
      String giver,
      Boolean childAssent,
      String language,
      String noticeVersion) {}

  record PlanItem(String kind, String text, String responsibleAgency, String dueOn) {}

  record Delivery(String service, String provider, String deliveredOn) {}

  record ApprovalDecision(String subject, Boolean approve) {}

  record NewReferral(
      UUID providerId,
      String service,
      List<String> sections,
      Boolean transfer,
      String overrideReason) {}

  @PostMapping("/api/cases")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Open a case on a person of the registry (privacy notice version and language)")
  Map<String, Object> open(@RequestBody Opening opening) {
    if (opening == null || opening.personId() == null) {
      throw new IllegalArgumentException("cases.open.personRequired");
    }
    UUID id =
        cases.open(
            new ProtectionCases.Opening(
                opening.personId(),
                CaseController.value(CaseType.class, opening.type()),
                Boolean.TRUE.equals(opening.child()),
                opening.narrative(),
                opening.noticeVersion(),
                opening.noticeLanguage(),
                opening.legalBasis() == null
                    ? null
                    : CaseController.value(LegalBasis.class, opening.legalBasis())));
    return cases.read(id);
  }

  @PostMapping("/api/cases/{id}/stage")
  @Operation(summary = "Move the case to its next stage (closing goes through /closure)")
  Map<String, Object> stage(@PathVariable UUID id, @RequestBody StageChange change) {
    cases.advance(id, CaseController.value(Stage.class, change.to()));
    return cases.read(id);
  }

  @PostMapping("/api/cases/{id}/identification")
  @Operation(summary = "Record the multidisciplinary team's decision (identification stage)")
  Map<String, Object> identify(@PathVariable UUID id, @RequestBody Decision decision) {
    cases.identify(
        id,
        CaseController.value(Identification.class, decision.decision()),
        decision.team() == null
            ? List.of()
            : decision.team().stream()
                .map(
                    m ->
                        new TeamMember(
                            m.name(), CaseController.value(TeamRole.class, m.role()), m.agency()))
                .toList(),
        day(decision.decidedOn(), LocalDate.now(clock)));
    return cases.read(id);
  }

  @PostMapping("/api/cases/{id}/closure")
  @Operation(summary = "Ask for the case to be closed with a reason; a supervisor approves")
  List<Approvals.Request> close(@PathVariable UUID id, @RequestBody Closure closure) {
    approvals.requestClosure(id, CaseController.value(ClosureReason.class, closure.reason()));
    return approvals.of(id);
  }

  @PostMapping("/api/cases/{id}/reopen")
  @Operation(summary = "Reopen a closed case at the stage it was closed from")
  Map<String, Object> reopen(@PathVariable UUID id) {
    cases.reopen(id);
    return cases.read(id);
  }

  @GetMapping("/api/cases/{id}/screening")
  @Operation(
      summary = "The case's screening: indicators, place, date, suggested outcome (204: none)")
  ResponseEntity<Screenings.Screening> screening(@PathVariable UUID id) {
    return screenings
        .of(id)
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PostMapping("/api/cases/{id}/screening")
  @Operation(summary = "Record (or correct) the screening while the case is in screening")
  ResponseEntity<Screenings.Screening> screen(
      @PathVariable UUID id, @RequestBody Screening screening) {
    Set<Indicator> found = EnumSet.noneOf(Indicator.class);
    for (String indicator :
        screening.indicators() == null ? List.<String>of() : screening.indicators()) {
      found.add(CaseController.value(Indicator.class, indicator));
    }
    screenings.record(
        id, day(screening.screenedOn(), null), screening.place(), found, screening.notes());
    return screening(id);
  }

  @GetMapping("/api/cases/{id}/consents")
  @Operation(summary = "Every consent of the case, withdrawn ones included, newest first")
  List<Map<String, Object>> consents(@PathVariable UUID id) {
    return consents.views(id);
  }

  @PostMapping("/api/cases/{id}/consents")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a consent for one purpose and kind of recipient")
  Map<String, Object> consent(@PathVariable UUID id, @RequestBody NewConsent consent) {
    UUID given =
        consents.give(
            id,
            new Consents.Given(
                CaseController.value(Purpose.class, consent.purpose()),
                CaseController.value(RecipientType.class, consent.recipientType()),
                CaseController.value(Giver.class, consent.giver()),
                consent.childAssent(),
                consent.language(),
                consent.noticeVersion()));
    return consents.view(id, given);
  }

  @GetMapping("/api/cases/{id}/consents/{consent}")
  @Operation(summary = "One consent of the case")
  Map<String, Object> consent(@PathVariable UUID id, @PathVariable UUID consent) {
    return consents.view(id, consent);
  }

  @PatchMapping("/api/cases/{id}/consents/{consent}")
  @Operation(summary = "Withdraw a consent by setting withdrawnAt; consents are never edited")
  Map<String, Object> changeConsent(
      @PathVariable UUID id, @PathVariable UUID consent, @RequestBody Map<String, Object> changes) {
    return consents.update(id, consent, changes);
  }

  @PostMapping("/api/cases/{id}/consents/{consent}/withdraw")
  @Operation(summary = "Withdraw a consent: its purpose is blocked, the others stay")
  Map<String, Object> withdraw(@PathVariable UUID id, @PathVariable UUID consent) {
    consents.withdraw(id, consent);
    return consents.view(id, consent);
  }

  @GetMapping("/api/cases/{id}/plan")
  @Operation(summary = "The case plan by due date, with overdue items marked")
  List<CasePlans.Item> plan(@PathVariable UUID id) {
    return plans.items(id);
  }

  @PostMapping("/api/cases/{id}/plan")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a goal or an action with the agency responsible and a due date")
  List<CasePlans.Item> addToPlan(@PathVariable UUID id, @RequestBody PlanItem item) {
    plans.add(
        id,
        CaseController.value(CasePlans.Kind.class, item.kind()),
        item.text(),
        item.responsibleAgency(),
        day(item.dueOn(), null));
    return plans.items(id);
  }

  @PostMapping("/api/cases/{id}/plan/{item}/done")
  @Operation(summary = "Mark an item of the plan done")
  List<CasePlans.Item> done(@PathVariable UUID id, @PathVariable UUID item) {
    plans.done(id, item);
    return plans.items(id);
  }

  @PostMapping("/api/cases/{id}/plan/submit")
  @Operation(summary = "Submit the case plan to a supervisor for approval")
  List<Approvals.Request> submitPlan(@PathVariable UUID id) {
    approvals.submitPlan(id);
    return approvals.of(id);
  }

  /** The legal basis to set for one purpose of the case. */
  record BasisChange(String purpose, String basis, String noticeVersion) {}

  @GetMapping("/api/cases/{id}/legal-bases")
  @Operation(summary = "The legal basis in force for each purpose of the case (DP-01)")
  List<LegalBases.Entry> legalBases(@PathVariable UUID id) {
    return cases.legalBases(id);
  }

  @PostMapping("/api/cases/{id}/legal-bases")
  @Operation(summary = "Set the legal basis of one purpose; the earlier one stays in the history")
  List<LegalBases.Entry> setLegalBasis(@PathVariable UUID id, @RequestBody BasisChange change) {
    cases.setLegalBasis(
        id,
        CaseController.value(ProcessingPurpose.class, change.purpose()),
        CaseController.value(LegalBasis.class, change.basis()),
        change.noticeVersion());
    return cases.legalBases(id);
  }

  @GetMapping("/api/cases/{id}/services")
  @Operation(summary = "The services delivered to the person, newest first")
  List<CasePlans.Delivery> services(@PathVariable UUID id) {
    return plans.deliveries(id);
  }

  @PostMapping("/api/cases/{id}/services")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a service delivered (not in the future)")
  List<CasePlans.Delivery> delivered(@PathVariable UUID id, @RequestBody Delivery delivery) {
    plans.delivered(
        id,
        CaseController.value(Service.class, delivery.service()),
        delivery.provider(),
        day(delivery.deliveredOn(), null));
    return plans.deliveries(id);
  }

  @GetMapping("/api/cases/{id}/approvals")
  @Operation(summary = "The case's requests for approval and their decisions, newest first")
  List<Approvals.Request> approvals(@PathVariable UUID id) {
    return approvals.of(id);
  }

  @PostMapping("/api/cases/{id}/approvals")
  @Operation(summary = "A supervisor approves or rejects a pending request (never their own)")
  List<Approvals.Request> decide(@PathVariable UUID id, @RequestBody ApprovalDecision decision) {
    if (decision.approve() == null) {
      throw new IllegalArgumentException("cases.form.choiceRequired");
    }
    approvals.decide(
        id, CaseController.value(Approvals.Subject.class, decision.subject()), decision.approve());
    return approvals.of(id);
  }

  @GetMapping("/api/cases/{id}/referrals")
  @Operation(summary = "The referrals and transfers of the case (the referrer's outbox)")
  List<Map<String, Object>> referrals(@PathVariable UUID id) {
    cases.require(id, "read");
    return referrals.viewsOfCase(id);
  }

  @PostMapping("/api/cases/{id}/referrals")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Refer the case: chosen sections to a provider, with consent for that recipient or an"
              + " override with a reason (DP-06)")
  Map<String, Object> refer(@PathVariable UUID id, @RequestBody NewReferral referral) {
    if (referral.providerId() == null) {
      throw new IllegalArgumentException("referrals.provider.unknown");
    }
    UUID sent =
        caseReferrals.refer(
            id,
            new CaseReferrals.Request(
                referral.providerId(),
                CaseController.value(Service.class, referral.service()),
                referral.sections() == null ? Set.of() : Set.copyOf(referral.sections()),
                Boolean.TRUE.equals(referral.transfer()),
                referral.overrideReason() == null || referral.overrideReason().isBlank()
                    ? null
                    : referral.overrideReason()));
    return referrals.view(sent);
  }

  private LocalDate day(String text, LocalDate otherwise) {
    return text == null || text.isBlank() ? otherwise : dates.read(text);
  }
}
