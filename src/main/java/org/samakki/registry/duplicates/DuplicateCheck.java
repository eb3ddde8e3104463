package org.samakki.registry.duplicates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
      index.load(records);
      int flagged = 0;
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

  /** One chunk of marked persons; -1 when none is left. */
  private int checkChunk() {
    List<Object[]> marked =
        jdbc.sql(
                "select id, merged_into from registry.person where linkage_checked_at is null"
                    + " order by id limit "
                    + CHUNK
                    + " for update skip locked")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2)})
            .list();
    if (marked.isEmpty()) {
      return -1;
    }
    List<Long> standing = new ArrayList<>();
    for (Object[] row : marked) {
      long id = (Long) row[0];
      if (row[1] == null) {
        standing.add(id);
      } else {
        index.remove(id);
      }
    }
    // merged persons first, so that a survivor is never matched against what it absorbed
    List<PersonRecord> found = records.find(standing);
    Set<Long> named = new HashSet<>();
    found.forEach(
        r -> {
          index.put(r);
          named.add(Long.parseLong(r.id()));
        });
    standing.stream().filter(id -> !named.contains(id)).forEach(index::remove);
    int flagged = 0;
    OffsetDateTime now = OffsetDateTime.now();
    for (PersonRecord record : found) {
      long id = Long.parseLong(record.id());
      for (Candidate candidate : index.candidates(record, CANDIDATES, threshold)) {
        flagged += flags.flag(id, Long.parseLong(candidate.recordId()), candidate, now);
      }
    }
    jdbc.sql("update registry.person set linkage_checked_at = ? where id = any(?)")
        .params(now, marked.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
        .update();
    return flagged;
  }
}
