package org.samakki.cases.web;

import java.util.UUID;
import org.samakki.cases.nrm.CaseReferrals;
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

  ReferralController(Referrals referrals, CaseReferrals caseReferrals) {
    this.referrals = referrals;
    this.caseReferrals = caseReferrals;
  }

  @GetMapping("/referrals")
  String inbox(Model model) {
    model.addAttribute("referrals", referrals.inbox());
    return "cases/inbox";
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
