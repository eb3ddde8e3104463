package org.samakki.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.accounts.Users;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access to one record outside the actor's normal reach (DP-05): only for roles allowed
 * to break the glass, only with a written reason, for a limited time; the record's workers, their
 * supervisors and the owning agency's data protection officers are notified, and all is audited.
 */
@Service
public class BreakGlass {

  public static final int MIN_REASON = 10;
  public static final int MAX_REASON = 1000;

  private final AccessControl access;
  private final AccessPolicy policy;
  private final BreakGlassGrants grants;
  private final Users users;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration duration;

  BreakGlass(
      AccessControl access,
      AccessPolicy policy,
      BreakGlassGrants grants,
      Users users,
      Notifications notifications,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.access.break-glass-duration:PT4H}") Duration duration) {
    this.access = access;
    this.policy = policy;
    this.grants = grants;
    this.users = users;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
    this.duration = duration;
  }

  /** Opens the record to the actor until the returned time. */
  @Transactional
  public Instant open(RecordFacts record, String reason) {
    Actor actor = access.actor();
    if (!policy.breakTheGlass(actor.roles())
        || !policy.allows(actor.roles(), record.resource(), "read")) {
      throw new AccessDeniedException("This role may not break the glass on " + record.resource());
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
      throw new IllegalArgumentException("break-glass.reason.invalid");
    }
    Instant now = clock.instant();
    Instant until = now.plus(duration);
    grants.insert(actor.id(), record.resource(), record.recordId(), why, now, until);
    Set<UUID> told = new HashSet<>(record.assignees());
    told.addAll(users.supervisorsOf(record.assignees()));
    if (record.ownerAgencyId() != null) {
      told.addAll(users.withRole(record.ownerAgencyId(), "data-protection-officer"));
    }
    told.remove(actor.id());
    for (UUID user : told) {
      notifications.send(
          user,
          "breakGlass",
          List.of(actor.name(), record.resource(), until.toString()),
          record.resource(),
          record.recordId());
    }
    audit.record(
        new AuditRecord(
                "BREAK_THE_GLASS",
                record.resource(),
                List.of(record.recordId()),
                List.of(),
                AuditRecord.Outcome.SUCCESS,
                null)
            .because(why));
    return until;
  }
}
