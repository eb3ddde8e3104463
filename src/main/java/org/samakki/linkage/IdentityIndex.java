package org.samakki.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * All known people in memory, for matching a registration before it is saved: the same blocking
 * keys as the batch engine, kept in primitive postings, so that a look-up scores a few hundred
 * candidates out of millions in milliseconds. People are added as they are registered and removed
 * when a reviewer merges them. Safe for concurrent use: look-ups share a read lock, changes take
 * the write lock.
 */
public final class IdentityIndex {

  /** No look-up scores more candidates than this, whatever the size of its blocks. */
  static final int MAX_CANDIDATES = 20_000;

  private final LinkageModel model;
  private final NameNormaliser normaliser;
  private final RecordTable table;
  private final TermFrequencies frequencies;
  private final RowsById rows;
  private final Postings[] postings;
  private final BitSet removed = new BitSet();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Scorer> scorers;
  private int live;

  public IdentityIndex(LinkageModel model, NameNormaliser normaliser) {
    this(model, normaliser, 1024);
  }

  /** An index sized for about {@code expected} people, to avoid regrowing while it is filled. */
  public IdentityIndex(LinkageModel model, NameNormaliser normaliser, int expected) {
    this.model = model;
    this.normaliser = normaliser;
    this.table = new RecordTable(new TokenDictionary(), expected);
    this.frequencies = new TermFrequencies(expected);
    this.rows = new RowsById(table, expected);
    this.postings = new Postings[BlockingRule.values().length];
    for (int r = 0; r < postings.length; r++) {
      postings[r] = new Postings(expected);
    }
    this.scorers = ThreadLocal.withInitial(() -> new Scorer(model, frequencies));
  }

  /** The number of people in the index. */
  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Adds a person, or replaces the one with the same id. */
  public void add(PersonRecord record) {
    List<NormalisedName> names = normaliser.normalise(record);
    lock.writeLock().lock();
    try {
      removeLocked(record.id());
      index(table.add(record, names));
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Adds many people, normalising their names in parallel (an initial load). */
  public void addAll(Iterator<PersonRecord> records) {
    lock.writeLock().lock();
    try {
      int first = table.size();
      new TableLoader(normaliser, message -> {}).append(table, records);
      for (int row = first; row < table.size(); row++) {
        removeLocked(table.id(row));
        index(row);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes a person (merged into another); false if the id is not in the index. */
  public boolean remove(String recordId) {
    lock.writeLock().lock();
    try {
      return removeLocked(recordId);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean removeLocked(String recordId) {
    int row = rows.get(recordId);
    if (row < 0) {
      return false;
    }
    rows.remove(recordId);
    removed.set(row);
    frequencies.add(table, row, -1);
    live--;
    return true;
  }

  private void index(int row) {
    long[] keys = new long[BlockingRule.MAX_KEYS];
    StringBuilder scratch = new StringBuilder();
    for (BlockingRule rule : BlockingRule.values()) {
      int count = rule.keys(table, row, keys, scratch);
      for (int k = 0; k < count; k++) {
        postings[rule.ordinal()].add(keys[k], row);
      }
    }
    rows.put(table.id(row), row);
    frequencies.add(table, row, 1);
    live++;
  }

  /** The people most likely to be this person, best first, at most {@code limit}. */
  public List<Candidate> match(PersonRecord record, int limit) {
    return match(record, limit, 0.0);
  }

  /**
   * The people most likely to be this person with a match probability of at least {@code
   * minimumProbability} (a review threshold such as 0.8), best first, at most {@code limit}.
   */
  public List<Candidate> match(PersonRecord record, int limit, double minimumProbability) {
    if (limit <= 0) {
      return List.of();
    }
    RecordTable probe = new RecordTable(table.tokens, 1);
    lock.readLock().lock();
    try {
      probe.add(record, normaliser.normalise(record));
      int[] candidates = candidates(probe);
      Scorer scorer = scorers.get();
      scorer.usePriorWeight(priorWeight());
      double floor =
          minimumProbability <= 0
              ? Double.NEGATIVE_INFINITY
              : LinkageModel.weightOf(minimumProbability);
      long[] scored = new long[candidates.length];
      int kept = 0;
      for (int row : candidates) {
        double weight = scorer.score(probe, 0, table, row);
        if (weight >= floor) {
          // order by weight, then row, in one long: the float bits of a weight sort like the weight
          scored[kept++] = ((long) sortable((float) weight) << 32) | row;
        }
      }
      Arrays.sort(scored, 0, kept);
      List<Candidate> best = new ArrayList<>();
      for (int k = kept - 1; k >= 0 && best.size() < limit; k--) {
        int row = (int) scored[k];
        Explanation explanation = scorer.explain(probe, 0, table, row);
        best.add(
            new Candidate(
                table.id(row), explanation.probability(), explanation.matchWeight(), explanation));
      }
      return best;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The prior for one look-up. A person registered again is expected to match about as many known
   * records whatever the population, so the chance that they match one given record falls as the
   * index grows: λ is scaled from the training population to the index population.
   */
  double priorWeight() {
    double lambda = model.lambda();
    if (model.trainingRecords() > 0 && live > model.trainingRecords()) {
      lambda = lambda * model.trainingRecords() / live;
    }
    return LinkageModel.log2(lambda / (1 - lambda));
  }

  /** The table behind the index, for measurements in the same package. */
  RecordTable table() {
    return table;
  }

  Scorer scorer() {
    return scorers.get();
  }

  boolean isRemoved(int row) {
    return removed.get(row);
  }

  private static int sortable(float value) {
    int bits = Float.floatToIntBits(value);
    return bits >= 0 ? bits : bits ^ 0x7FFFFFFF;
  }

  /**
   * Rows sharing a blocking key with the probe, each once, removed rows and the probe's id left
   * out.
   */
  private int[] candidates(RecordTable probe) {
    long[] keys = new long[BlockingRule.MAX_KEYS];
    StringBuilder scratch = new StringBuilder();
    IntSet seen = new IntSet();
    int self = rows.get(probe.id(0));
    for (BlockingRule rule : BlockingRule.values()) {
      int count = rule.keys(probe, 0, keys, scratch);
      for (int k = 0; k < count && seen.size() < MAX_CANDIDATES; k++) {
        int visited = 0;
        for (int entry = postings[rule.ordinal()].first(keys[k]);
            entry >= 0 && visited < rule.maxBlockSize();
            entry = postings[rule.ordinal()].next(entry)) {
          int row = postings[rule.ordinal()].row(entry);
          if (!removed.get(row) && row != self) {
            visited++;
            seen.add(row);
          }
        }
      }
    }
    return seen.toArray();
  }

  /** A small open-addressing set of rows for one look-up. */
  private static final class IntSet {
    private int[] slots = new int[256];
    private int size;

    void add(int value) {
      if ((size + 1) * 2 > slots.length) {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int v : old) {
          if (v != 0) {
            add(v - 1);
          }
        }
      }
      int mask = slots.length - 1;
      int slot = (int) Hashing.mix(value) & mask;
      while (slots[slot] != 0) {
        if (slots[slot] == value + 1) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = value + 1;
      size++;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      int[] values = new int[size];
      int i = 0;
      for (int v : slots) {
        if (v != 0) {
          values[i++] = v - 1;
        }
      }
      Arrays.sort(values);
      return values;
    }
  }
}
