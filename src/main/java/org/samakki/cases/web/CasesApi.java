package org.samakki.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.cases.nrm.CaseReferrals;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.referrals.Referral;
import org.samakki.referrals.Referrals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Protection cases and referrals for other systems, under the same access rules, field policy and
 * audit as the pages: a case the caller may not see is missing (404), fields it may not read are
 * absent, fields it may not write are refused (403).
 */
@RestController
@Tag(name = "Protection cases", description = "NRM cases and referrals between agencies")
class CasesApi {

  private final ProtectionCases cases;
  private final Referrals referrals;
  private final CaseReferrals caseReferrals;

  CasesApi(ProtectionCases cases, Referrals referrals, CaseReferrals caseReferrals) {
    this.cases = cases;
    this.referrals = referrals;
    this.caseReferrals = caseReferrals;
  }

  @GetMapping("/api/cases")
  @Operation(summary = "The cases assigned to the caller")
  List<ProtectionCases.Summary> mine() {
    return cases.mine();
  }

  @GetMapping("/api/cases/{id}")
  @Operation(summary = "A case, with the fields the caller may read")
  Map<String, Object> read(@PathVariable UUID id) {
    return cases.read(id);
  }

  @PatchMapping("/api/cases/{id}")
  @Operation(summary = "Change the narrative or whether the person is a child")
  Map<String, Object> update(@PathVariable UUID id, @RequestBody Map<String, Object> changes) {
    return cases.update(id, changes);
  }

  @GetMapping("/api/referrals")
  @Operation(summary = "Referrals sent to the caller's agency")
  List<Referral> inbox() {
    return referrals.inbox();
  }

  @GetMapping("/api/referrals/{id}")
  @Operation(summary = "A referral sent or received by the caller's agency")
  Map<String, Object> referral(@PathVariable UUID id) {
    return referrals.view(id);
  }

  @GetMapping("/api/referrals/{id}/shared")
  @Operation(summary = "The sections of the case shared with the caller's agency")
  Map<String, Object> shared(@PathVariable UUID id) {
    return caseReferrals.shared(id);
  }

  @PostMapping("/api/referrals/{id}/accept")
  @Operation(summary = "Accept a referral sent to the caller's agency")
  Map<String, Object> accept(@PathVariable UUID id) {
    referrals.accept(id);
    return referrals.view(id);
  }
}
