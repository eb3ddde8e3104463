package org.samakki.cases.web;

import java.util.UUID;
import org.samakki.access.RecordNotFoundException;
import org.samakki.cases.nrm.CaseReferrals;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.referrals.Referrals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The receiving agency's pages: the referral inbox, one referral with the sections of the case that
 * were shared, and the answers — accept, decline with a reason, report the service given.
 */
@Controller
class ReferralController {

  private final Referrals referrals;
  private final CaseReferrals caseReferrals;
  private final ProtectionCases cases;

  ReferralController(Referrals referrals, CaseReferrals caseReferrals, ProtectionCases cases) {
    this.referrals = referrals;
    this.caseReferrals = caseReferrals;
    this.cases = cases;
  }

  @GetMapping("/referrals")
  String inbox(Model model) {
    model.addAttribute("referrals", referrals.inbox());
    model.addAttribute("outbox", false);
    return "cases/inbox";
  }

  /** The referrals this agency sent, to follow them to the end; only of cases the reader sees. */
  @GetMapping("/referrals/sent")
  String outbox(Model model) {
    model.addAttribute("referrals", referrals.outbox(this::readable));
    model.addAttribute("outbox", true);
    return "cases/inbox";
  }

  private boolean readable(UUID caseId) {
    try {
      cases.require(caseId, "read");
      return true;
    } catch (RecordNotFoundException | IllegalArgumentException notForThisReader) {
      return false;
    }
  }

  @GetMapping("/referrals/{id}")
  String referral(@PathVariable UUID id, Model model) {
    model.addAttribute("r", referrals.read(id));
    model.addAttribute("shared", caseReferrals.sharedIfReceived(id));
    return "cases/referral";
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(@PathVariable UUID id) {
    referrals.accept(id);
    return "redirect:/referrals/" + id;
  }

  @PostMapping("/referrals/{id}/decline")
  String decline(
      @PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason) {
    referrals.decline(id, reason);
    return "redirect:/referrals";
  }

  @PostMapping("/referrals/{id}/report")
  String report(
      @PathVariable UUID id, @RequestParam(name = "serviceGiven", required = false) String given) {
    referrals.report(id, given);
    return "redirect:/referrals/" + id;
  }

  @PostMapping("/referrals/{id}/complete")
  String complete(@PathVariable UUID id) {
    referrals.complete(id);
    return "redirect:/referrals/" + id;
  }
}
