package org.samakki.registry.duplicates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.samakki.linkage.Candidate;
import org.samakki.linkage.PersonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches every new, changed or unmerged person against everyone known and flags the likely
 * duplicates for an officer; it never merges (DP-20). It works from a mark on the person ({@code
 * linkage_checked_at} empty), so an import, a change or a crash leaves nothing unchecked: whatever
 * is marked is checked at the next pass, here or on another node ({@code skip locked}).
 */
@Component
public class DuplicateCheck {

  private static final Logger log = LoggerFactory.getLogger(DuplicateCheck.class);
  private static final int CHUNK = 1_000;

  /** At most this many flags for one person: a reviewer looks at the best few. */
  private static final int CANDIDATES = 5;

  private final JdbcClient jdbc;
  private final PersonRecords records;
  private final PersonIndex index;
  private final DuplicateFlags flags;
  private final TransactionTemplate transaction;
  private final boolean enabled;
  private final double threshold;
  private final ReentrantLock running = new ReentrantLock();

  /** This running application, as the checker of the persons it checks. */
  private final UUID node = UUID.randomUUID();

  /** Persons checked elsewhere from this time on are still to be learnt by this node's index. */
  private OffsetDateTime learntUntil;

  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "duplicate-check");
            thread.setDaemon(true);
            return thread;
          });

  DuplicateCheck(
      JdbcClient jdbc,
      PersonRecords records,
      PersonIndex index,
      DuplicateFlags flags,
      TransactionTemplate transaction,
      @Value("${samakki.registry.duplicates.enabled:true}") boolean enabled,
      @Value("${samakki.scheduling.enabled:true}") boolean scheduling,
      @Value("${samakki.registry.duplicates.review-threshold:0.5}") double threshold) {
    this.jdbc = jdbc;
    this.records = records;
    this.index = index;
    this.flags = flags;
    this.transaction = transaction;
    // the command line starts no background work: its persons are checked at the next start
    this.enabled = enabled && scheduling;
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException(
          "samakki.registry.duplicates.review-threshold must be between 0 and 1: " + threshold);
    }
    this.threshold = threshold;
  }

  /** The match probability from which a pair goes to review. */
  public double threshold() {
    return threshold;
  }

  /** Loads the index, then checks what is marked every few seconds and whenever woken. */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!enabled) {
      return;
    }
    worker.execute(
        () -> {
          long started = System.nanoTime();
          index.load(records);
          log.info(
              "Identity index ready: {} persons in {} ms",
              index.size(),
              (System.nanoTime() - started) / 1_000_000);
        });
    worker.scheduleWithFixedDelay(this::checkQuietly, 0, 5, TimeUnit.SECONDS);
  }

  /** Asks for a pass soon (after an import batch, a change or a merge). */
  public void wake() {
    if (enabled && !worker.isShutdown()) {
      worker.execute(this::checkQuietly);
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(10, TimeUnit.SECONDS);
  }

  /**
   * Checks every marked person now, on the caller's thread, and returns how many pairs were
   * flagged. Loads the index first if nothing has yet.
   */
  public int checkPending() {
    running.lock();
    try {
      if (learntUntil == null) {
        // before the load: whatever is checked elsewhere during it is learnt afterwards
        learntUntil = OffsetDateTime.now();
      }
      index.load(records);
      int flagged = learnFromOthers();
      while (true) {
        Integer chunk = transaction.execute(status -> checkChunk());
        if (chunk == null || chunk < 0) {
          return flagged;
        }
        flagged += chunk;
      }
    } finally {
      running.unlock();
    }
  }

  /**
   * Adds to this node's index the persons other nodes checked since the last time, and matches them
   * here as well: a person checked there at the same moment as one checked here would otherwise be
   * missing from both sides. Flags are idempotent, so matching twice costs only time.
   */
  private int learnFromOthers() {
    OffsetDateTime now = OffsetDateTime.now();
    // a transaction may commit a little after the time it wrote: look back a minute
    OffsetDateTime since = learntUntil.minusMinutes(1);
    List<Long> checkedElsewhere =
        jdbc.sql(
                "select id from registry.person where linkage_checked_at >= ?"
                    + " and linkage_checked_by is distinct from ? order by id")
            .params(since, node)
            .query(Long.class)
            .list();
    int flagged = 0;
    for (int from = 0; from < checkedElsewhere.size(); from += CHUNK) {
      List<Long> ids =
          checkedElsewhere.subList(from, Math.min(checkedElsewhere.size(), from + CHUNK));
      Integer chunk = transaction.execute(status -> match(ids));
      flagged += chunk == null ? 0 : chunk;
    }
    learntUntil = now;
    return flagged;
  }

  private void checkQuietly() {
    try {
      int flagged = checkPending();
      if (flagged > 0) {
        log.info("Duplicate check flagged {} pairs for review", flagged);
      }
    } catch (RuntimeException e) {
      // a failed pass leaves its persons marked: the next pass checks them again
      log.warn("Duplicate check failed; its persons stay marked for the next pass", e);
    }
  }

  /**
   * Brings these persons up to date in the index (merged ones leave it) and flags the likely
   * duplicates of the standing ones; returns how many pairs were newly flagged.
   */
  private int match(List<Long> ids) {
    Set<Long> merged =
        new HashSet<>(
            jdbc.sql("select id from registry.person where id = any(?) and merged_into is not null")
                .param(ids.toArray(Long[]::new))
                .query(Long.class)
                .list());
    merged.forEach(index::remove);
    // merged persons first, so that a survivor is never matched against what it absorbed
    List<PersonRecord> found =
        records.find(ids.stream().filter(id -> !merged.contains(id)).toList());
    Set<Long> named = new HashSet<>();
    found.forEach(
        r -> {
          index.put(r);
          named.add(Long.parseLong(r.id()));
        });
    ids.stream().filter(id -> !merged.contains(id) && !named.contains(id)).forEach(index::remove);
    List<Found> pairs = new ArrayList<>();
    for (PersonRecord record : found) {
      long id = Long.parseLong(record.id());
      for (Candidate candidate : index.candidates(record, CANDIDATES, threshold)) {
        pairs.add(new Found(id, Long.parseLong(candidate.recordId()), candidate));
      }
    }
    // in the order of the pairs: two nodes flagging the same pairs then lock them in one order,
    // and cannot deadlock
    pairs.sort(
        java.util.Comparator.comparingLong((Found f) -> Math.min(f.person(), f.other()))
            .thenComparingLong(f -> Math.max(f.person(), f.other())));
    int flagged = 0;
    OffsetDateTime now = OffsetDateTime.now();
    for (Found pair : pairs) {
      flagged += flags.flag(pair.person(), pair.other(), pair.candidate(), now);
    }
    return flagged;
  }

  private record Found(long person, long other, Candidate candidate) {}

  /** One chunk of marked persons; -1 when none is left. */
  private int checkChunk() {
    List<Long> marked =
        jdbc.sql(
                "select id from registry.person where linkage_checked_at is null"
                    + " order by id limit "
                    + CHUNK
                    + " for update skip locked")
            .query(Long.class)
            .list();
    if (marked.isEmpty()) {
      return -1;
    }
    int flagged = match(marked);
    jdbc.sql(
            "update registry.person set linkage_checked_at = ?, linkage_checked_by = ?"
                + " where id = any(?)")
        .params(OffsetDateTime.now(), node, marked.toArray(Long[]::new))
        .update();
    return flagged;
  }
}
