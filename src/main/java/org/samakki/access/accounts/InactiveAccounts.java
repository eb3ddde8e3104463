package org.samakki.access.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Disables accounts unused for the configured number of days, every night (DP-21). */
@Component
class InactiveAccounts {

  private final Users users;
  private final AuditTrail audit;
  private final Clock clock;
  private final int days;

  InactiveAccounts(
      Users users,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.access.inactive-account-days:90}") int days) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.days = days;
  }

  @Scheduled(
      cron = "${samakki.access.inactive-account-sweep:0 30 1 * * *}",
      zone = "${samakki.time-zone}")
  @Transactional
  public int disableInactive() {
    List<UUID> inactive = users.inactiveSince(clock.instant().minus(Duration.ofDays(days)));
    for (UUID id : inactive) {
      users.disable(id, clock.instant(), "inactive for " + days + " days");
      audit.record(
          AuditActor.SYSTEM,
          AuditRecord.change("DISABLE_INACTIVE", "user", id.toString(), List.of("disabled")));
    }
    return inactive.size();
  }
}
