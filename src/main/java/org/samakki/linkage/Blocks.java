package org.samakki.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The blocks of every rule over one table: each record's keys, and all (key, row) entries sorted so
 * that a block is a run of equal keys. Keys and rows share one long (key bits above, row bits
 * below), so sorting is a primitive sort and a block costs nothing but its entries.
 */
final class Blocks {

  /** Receives the pairs of rows to compare, the smaller row first. */
  interface PairVisitor {
    void visit(int a, int b);
  }

  private static final long OVERSIZED = Long.MIN_VALUE;

  private final RecordTable table;
  private final List<BlockingRule> rules;
  private final int rowBits;
  private final long rowMask;
  private final long[][] keys;
  private final int[][] keyFrom;
  private final long[][] sorted;
  private final long[] comparisons;
  private final long[] oversizedBlocks;
  private final long[] skippedComparisons;

  private Blocks(RecordTable table, List<BlockingRule> rules) {
    this.table = table;
    this.rules = List.copyOf(rules);
    this.rowBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, table.size())));
    this.rowMask = (1L << rowBits) - 1;
    int count = rules.size();
    keys = new long[count][];
    keyFrom = new int[count][];
    sorted = new long[count][];
    comparisons = new long[count];
    oversizedBlocks = new long[count];
    skippedComparisons = new long[count];
  }

  static Blocks build(RecordTable table, List<BlockingRule> rules) {
    Blocks blocks = new Blocks(table, rules);
    for (int r = 0; r < rules.size(); r++) {
      blocks.index(r);
    }
    return blocks;
  }

  List<BlockingRule> rules() {
    return rules;
  }

  private void index(int r) {
    BlockingRule rule = rules.get(r);
    int n = table.size();
    int[] from = new int[n + 1];
    ThreadLocal<long[]> buffers = ThreadLocal.withInitial(() -> new long[BlockingRule.MAX_KEYS]);
    ThreadLocal<StringBuilder> scratch = ThreadLocal.withInitial(StringBuilder::new);
    IntStream.range(0, n)
        .parallel()
        .forEach(row -> from[row + 1] = rule.keys(table, row, buffers.get(), scratch.get()));
    for (int row = 0; row < n; row++) {
      from[row + 1] += from[row];
    }
    long[] ruleKeys = new long[from[n]];
    long[] entries = new long[from[n]];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            row -> {
              long[] buffer = buffers.get();
              int count = rule.keys(table, row, buffer, scratch.get());
              for (int k = 0; k < count; k++) {
                long group = buffer[k] >>> rowBits;
                ruleKeys[from[row] + k] = group;
                entries[from[row] + k] = (group << rowBits) | row;
              }
            });
    Arrays.parallelSort(entries);
    keys[r] = ruleKeys;
    keyFrom[r] = from;
    sorted[r] = entries;
    count(r);
  }

  private void count(int r) {
    long[] entries = sorted[r];
    int max = rules.get(r).maxBlockSize();
    for (int start = 0; start < entries.length; ) {
      int end = blockEnd(entries, start);
      long size = end - start;
      long pairs = size * (size - 1) / 2;
      if (size > max) {
        oversizedBlocks[r]++;
        skippedComparisons[r] += pairs;
        markOversized(r, entries, start, end);
      } else {
        comparisons[r] += pairs;
      }
      start = end;
    }
  }

  /**
   * Flags the keys of a skipped block in each of its records (the top bit, which a key never uses),
   * so that the checks for pairs shared with other blocks know at once that it was not scored.
   */
  private void markOversized(int r, long[] entries, int start, int end) {
    long group = entries[start] >>> rowBits;
    for (int e = start; e < end; e++) {
      int row = (int) (entries[e] & rowMask);
      for (int k = keyFrom[r][row]; k < keyFrom[r][row + 1]; k++) {
        if (keys[r][k] == group) {
          keys[r][k] = group | OVERSIZED;
        }
      }
    }
  }

  private int blockEnd(long[] entries, int start) {
    long group = entries[start] >>> rowBits;
    int end = start + 1;
    while (end < entries.length && entries[end] >>> rowBits == group) {
      end++;
    }
    return end;
  }

  /** Pairs inside the blocks of a rule, before removing those shared with other rules. */
  long comparisons(int r) {
    return comparisons[r];
  }

  long oversizedBlocks(int r) {
    return oversizedBlocks[r];
  }

  long skippedComparisons(int r) {
    return skippedComparisons[r];
  }

  /**
   * Visits every pair in the blocks of rule {@code r} once. With {@code acrossRules}, a pair that
   * an earlier rule also produces is left to that rule, so that the union is scored once. Only
   * pairs whose second row is at least {@code firstNew} are visited (incremental linking), and each
   * pair is kept with probability {@code sampleRate} (for training).
   */
  <V extends PairVisitor> List<V> forEachPair(
      int r, boolean acrossRules, int firstNew, double sampleRate, Supplier<V> visitors) {
    long[] entries = sorted[r];
    int chunks = Math.max(1, Math.min(256, entries.length / 4096));
    int[] bounds = new int[chunks + 1];
    for (int c = 1; c < chunks; c++) {
      int at = Math.max(bounds[c - 1], (int) ((long) entries.length * c / chunks));
      while (at > bounds[c - 1]
          && at < entries.length
          && entries[at] >>> rowBits == entries[at - 1] >>> rowBits) {
        at++;
      }
      bounds[c] = at;
    }
    bounds[chunks] = entries.length;
    return IntStream.range(0, chunks)
        .parallel()
        .mapToObj(
            c -> {
              V visitor = visitors.get();
              visitChunk(r, bounds[c], bounds[c + 1], acrossRules, firstNew, sampleRate, visitor);
              return visitor;
            })
        .toList();
  }

  private void visitChunk(
      int r,
      int from,
      int to,
      boolean acrossRules,
      int firstNew,
      double sampleRate,
      PairVisitor visitor) {
    long[] entries = sorted[r];
    int max = rules.get(r).maxBlockSize();
    long sampleLimit = (long) (sampleRate * (1L << 53));
    for (int start = from; start < to; ) {
      int end = blockEnd(entries, start);
      if (end - start <= max) {
        long group = entries[start] >>> rowBits;
        for (int x = start; x < end; x++) {
          int a = (int) (entries[x] & rowMask);
          if (x > start && entries[x] == entries[x - 1]) {
            continue; // two keys of one record that agree in their kept bits
          }
          for (int y = x + 1; y < end; y++) {
            int b = (int) (entries[y] & rowMask);
            if (b == a
                || b < firstNew
                || (sampleRate < 1 && Hashing.mix(((long) a << 32) | b) >>> 11 >= sampleLimit)
                || shareEarlierKey(r, a, b, group)
                || (acrossRules && shareEarlierRule(r, a, b))) {
              continue;
            }
            visitor.visit(a, b);
          }
        }
      }
      start = end;
    }
  }

  /** Whether the pair also meets in a block of this rule that comes before this one. */
  private boolean shareEarlierKey(int r, int a, int b, long group) {
    long[] ruleKeys = keys[r];
    int[] from = keyFrom[r];
    long position = group << rowBits;
    for (int i = from[a]; i < from[a + 1]; i++) {
      long key = ruleKeys[i];
      if (key >= 0 && key != group && (key << rowBits) < position) {
        for (int j = from[b]; j < from[b + 1]; j++) {
          if (ruleKeys[j] == key) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean shareEarlierRule(int r, int a, int b) {
    for (int earlier = 0; earlier < r; earlier++) {
      long[] ruleKeys = keys[earlier];
      int[] from = keyFrom[earlier];
      for (int i = from[a]; i < from[a + 1]; i++) {
        for (int j = from[b]; j < from[b + 1]; j++) {
          if (ruleKeys[i] == ruleKeys[j] && ruleKeys[i] >= 0) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
