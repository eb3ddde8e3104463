package org.samakki.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.samakki.referrals.Referrals;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answers to a referral for other systems: the receiving agency declines with a reason or
 * reports the service it gave; the referring agency completes or cancels it. A referral of another
 * agency is missing (404).
 */
@RestController
@Tag(name = "Protection cases", description = "NRM cases and referrals between agencies")
class ReferralsApi {

  private final Referrals referrals;

  ReferralsApi(Referrals referrals) {
    this.referrals = referrals;
  }

  record Decline(String reason) {}

  record Report(String serviceGiven) {}

  @PostMapping("/api/referrals/{id}/decline")
  @Operation(summary = "Decline a referral sent to the caller's agency, with the reason")
  Map<String, Object> decline(@PathVariable UUID id, @RequestBody Decline decline) {
    referrals.decline(id, decline.reason());
    return referrals.view(id);
  }

  @PostMapping("/api/referrals/{id}/report")
  @Operation(summary = "Report the service the caller's agency gave on an accepted referral")
  Map<String, Object> report(@PathVariable UUID id, @RequestBody Report report) {
    referrals.report(id, report.serviceGiven());
    return referrals.view(id);
  }

  @PostMapping("/api/referrals/{id}/complete")
  @Operation(summary = "The referring agency closes an accepted referral it followed to its end")
  Map<String, Object> complete(@PathVariable UUID id) {
    referrals.complete(id);
    return referrals.view(id);
  }

  @PatchMapping("/api/referrals/{id}")
  @Operation(
      summary =
          "The referring agency sets the status to CANCELLED (waiting or running) or COMPLETED")
  Map<String, Object> update(@PathVariable UUID id, @RequestBody Map<String, Object> changes) {
    return referrals.update(id, changes);
  }
}
