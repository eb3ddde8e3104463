package org.samakki.registry.duplicates;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.samakki.linkage.Candidate;
import org.samakki.linkage.IdentityIndex;
import org.samakki.linkage.LinkageModel;
import org.samakki.linkage.NameNormaliser;
import org.samakki.linkage.PersonRecord;
import org.springframework.stereotype.Component;

/**
 * Everyone in the registry, in memory, for the linkage engine's real-time matching: loaded once at
 * start-up, then kept up to date by the duplicate check as persons are added, changed and merged.
 */
@Component
class PersonIndex {

  private final IdentityIndex index =
      new IdentityIndex(LinkageModel.defaults(), new NameNormaliser(), 1 << 16);
  private final CountDownLatch loaded = new CountDownLatch(1);

  /** Fills the index with these persons, once. */
  synchronized void load(PersonRecords records) {
    if (loaded.getCount() == 0) {
      return;
    }
    long after = Long.MIN_VALUE;
    PersonRecords.Page page;
    while ((page = records.checkedAfter(after, 10_000)).lastId() >= 0) {
      index.addAll(page.records().iterator());
      after = page.lastId();
    }
    loaded.countDown();
  }

  boolean isLoaded() {
    return loaded.getCount() == 0;
  }

  /** Waits for the initial load; false if it did not end in time. */
  boolean awaitLoaded(long seconds) throws InterruptedException {
    return loaded.await(seconds, TimeUnit.SECONDS);
  }

  void put(PersonRecord record) {
    index.add(record);
  }

  void remove(long personId) {
    index.remove(Long.toString(personId));
  }

  int size() {
    return index.size();
  }

  /** The other known persons most likely to be this one, best first. */
  List<Candidate> candidates(PersonRecord record, int limit, double minimumProbability) {
    return index.match(record, limit + 1, minimumProbability).stream()
        .filter(c -> !c.recordId().equals(record.id()))
        .limit(limit)
        .toList();
  }
}
