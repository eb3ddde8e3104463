package org.samakki.registry.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox, a small batch at a time, through the channels that are set up.
 * Delivery is at least once: a notice is claimed for a lease before it is sent and marked sent,
 * with its audit entry, after; if the server dies in between, the notice is sent again when the
 * lease runs out. A failed attempt is retried after a pause that doubles each time, up to a cap,
 * until the notice is abandoned after the last allowed attempt; an address the server refuses fails
 * for good.
 */
@Component
class NoticeDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
  static final AuditActor ACTOR = new AuditActor(null, "system:notices", List.of(), null);
  static final String PURPOSE = "registration";
  static final int BATCHES_PER_RUN = 50;

  private final Outbox outbox;
  private final Map<Channel, NoticeChannel> channels = new EnumMap<>(Channel.class);
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int batchSize;
  private final int maxAttempts;
  private final Duration firstPause;
  private final Duration longestPause;
  private final Duration lease;
  private final Set<Channel> warned = ConcurrentHashMap.newKeySet();

  NoticeDispatcher(
      Outbox outbox,
      List<NoticeChannel> channels,
      AuditTrail audit,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${samakki.registry.notices.batch-size:20}") int batchSize,
      @Value("${samakki.registry.notices.max-attempts:12}") int maxAttempts,
      @Value("${samakki.registry.notices.first-retry-after:PT1M}") Duration firstPause,
      @Value("${samakki.registry.notices.longest-retry-after:PT6H}") Duration longestPause,
      @Value("${samakki.registry.notices.lease:PT10M}") Duration lease) {
    this.outbox = outbox;
    channels.forEach(c -> this.channels.put(c.channel(), c));
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("Notice batch size and attempts must be positive");
    }
    this.batchSize = batchSize;
    this.maxAttempts = maxAttempts;
    this.firstPause = firstPause;
    this.longestPause = longestPause;
    this.lease = lease;
  }

  /** What one batch did. */
  record Round(int claimed, int sent, int retrying, int closed) {}

  @Scheduled(
      fixedDelayString = "${samakki.registry.notices.dispatch-every:PT1M}",
      initialDelayString = "${samakki.registry.notices.dispatch-every:PT1M}")
  void scheduled() {
    for (int i = 0; i < BATCHES_PER_RUN; i++) {
      if (dispatch().claimed() < batchSize) {
        return;
      }
    }
  }

  /** Sends one batch of due notices. */
  Round dispatch() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    transaction.executeWithoutResult(s -> outbox.expire(today, now, maxAttempts));
    List<Notice> claimed = outbox.claim(ready(), now, now.plus(lease), batchSize);
    int sent = 0;
    int retrying = 0;
    int closed = 0;
    for (Notice notice : claimed) {
      Optional<Failure> failure = deliver(notice);
      if (failure.isEmpty()) {
        sent++;
      } else if (failed(notice, failure.get())) {
        retrying++;
      } else {
        closed++;
      }
    }
    return new Round(claimed.size(), sent, retrying, closed);
  }

  private List<Channel> ready() {
    List<Channel> ready = new ArrayList<>();
    for (NoticeChannel channel : channels.values()) {
      Optional<String> why = channel.unavailable();
      if (why.isEmpty()) {
        ready.add(channel.channel());
        warned.remove(channel.channel());
      } else if (!warned.contains(channel.channel()) && outbox.waiting(channel.channel())) {
        warned.add(channel.channel());
        log.warn(
            "{} notices stay in the outbox unsent because {}; none is lost, they go out once it is"
                + " set up",
            channel.channel(),
            why.get());
      }
    }
    return ready;
  }

  /** Sends one notice; a failure of the database after sending propagates, and the lease runs. */
  private Optional<Failure> deliver(Notice notice) {
    String providerId;
    try {
      providerId = channels.get(notice.channel()).deliver(notice);
    } catch (Exception e) {
      return Optional.of(Failure.of(e));
    }
    Instant at = clock.instant();
    transaction.executeWithoutResult(
        s -> {
          if (outbox.sent(notice.id(), at, providerId)) {
            audit.record(ACTOR, PURPOSE, auditRecord(notice));
          }
        });
    return Optional.empty();
  }

  /** Records a failed attempt; true when the notice will be tried again. */
  private boolean failed(Notice notice, Failure failure) {
    String outcome;
    boolean again = false;
    if (failure.permanent()) {
      outbox.close(notice.id(), Outbox.FAILED, failure.description());
      outcome = "the address was refused, not tried again";
    } else if (notice.attempts() >= maxAttempts) {
      outbox.close(notice.id(), Outbox.ABANDONED, failure.description());
      outcome = "that was the last attempt, abandoned";
    } else {
      Instant next = clock.instant().plus(pause(notice.attempts()));
      outbox.retry(notice.id(), failure.description(), next);
      outcome = "next attempt at " + next;
      again = true;
    }
    log.warn(
        "Notice {} ({} to {}) not delivered on attempt {}: {}; {}",
        notice.id(),
        notice.channel(),
        notice.recipient(),
        notice.attempts(),
        failure.description(),
        outcome);
    return again;
  }

  /** The pause after a failed attempt: the first pause, doubled each time, never over the cap. */
  Duration pause(int attempts) {
    Duration pause = firstPause.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
    return pause.compareTo(longestPause) > 0 ? longestPause : pause;
  }

  /** Ids and field names only: which person the notice was about and what of theirs it told. */
  private static AuditRecord auditRecord(Notice notice) {
    List<String> fields =
        new ArrayList<>(
            List.of("givenName", "familyName", "nameNative", "nextDeadline", "reasons"));
    if (notice.recipient() == Recipient.EMPLOYER) {
      fields.add("workPermitNumber");
    } else {
      fields.add(notice.channel() == Channel.EMAIL ? "email" : "phone");
    }
    return new AuditRecord(
            "NOTIFY",
            "person",
            List.of(Long.toString(notice.personId())),
            fields,
            AuditRecord.Outcome.SUCCESS,
            null)
        .because(
            "deadline notice "
                + notice.id()
                + " to the "
                + notice.recipient().name().toLowerCase(java.util.Locale.ROOT)
                + " by "
                + notice.channel());
  }
}
