package org.samakki.registry.statistics;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics tallies small: every write appends rows to them, and a large import can
 * append hundreds of thousands before they are folded together here (one SQL statement, its own
 * transaction).
 */
@Component
class TallyCompaction {

  private final Tallies tallies;

  TallyCompaction(Tallies tallies) {
    this.tallies = tallies;
  }

  @Scheduled(fixedDelayString = "${samakki.statistics.compaction-interval:PT5M}")
  void compact() {
    tallies.compact();
  }
}
