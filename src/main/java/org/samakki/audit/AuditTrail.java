package org.samakki.audit;

import java.time.Clock;
import java.util.List;
import org.samakki.RequestIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident record of who did what to which record. An entry is written in the transaction
 * of the action it records, so a read whose audit entry cannot be written fails (DP-07), and no
 * change is committed without its entry.
 */
@Service
public class AuditTrail {

  private final AuditEntries entries;
  private final ObjectProvider<AuditContext> context;
  private final Clock clock;

  AuditTrail(AuditEntries entries, ObjectProvider<AuditContext> context, Clock clock) {
    this.entries = entries;
    this.context = context;
    this.clock = clock;
  }

  /** Records an action by whoever the current context says is acting. */
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry record(AuditRecord what) {
    AuditContext current = context.getIfAvailable();
    AuditActor actor = current == null ? AuditActor.SYSTEM : current.actor();
    return write(actor, what, current, current == null ? null : current.purpose().orElse(null));
  }

  /** Records an action by a named actor, such as a failed sign-in or a scheduled job. */
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry record(AuditActor actor, AuditRecord what) {
    AuditContext current = context.getIfAvailable();
    return write(actor, what, current, current == null ? null : current.purpose().orElse(null));
  }

  /**
   * Records an action by a named actor for a stated purpose, such as a scheduled job that contacts
   * people for the registration purpose outside any request.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry record(AuditActor actor, String purpose, AuditRecord what) {
    return write(actor, what, context.getIfAvailable(), purpose);
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> find(AuditQuery query) {
    return entries.find(query);
  }

  /** Which records the matching entries touched, by whom, how often, from when to when (DP-15). */
  @Transactional(readOnly = true)
  public List<Exposure> exposure(AuditQuery query) {
    return entries.exposure(query);
  }

  /** Walks the whole chain and reports the first entry that does not fit (DP-08). */
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    return new ChainVerifier(entries).verify();
  }

  private AuditEntry write(
      AuditActor actor, AuditRecord what, AuditContext current, String purpose) {
    AuditEntries.ChainLink head = entries.lockHead();
    AuditEntry entry =
        new AuditEntry(
            head.seq() + 1,
            ChainHash.storable(clock.instant()),
            actor.id(),
            actor.name(),
            actor.roles(),
            actor.agencyId(),
            purpose,
            current == null ? null : current.agreement().orElse(null),
            what.action(),
            what.resourceType(),
            what.recordIds(),
            what.fields(),
            what.outcome(),
            what.reason(),
            current == null ? null : current.clientAddress().orElse(null),
            current == null ? RequestIds.current() : current.requestId().orElse(null));
    entries.append(entry, head.hash(), ChainHash.of(head.hash(), entry));
    return entry;
  }
}
