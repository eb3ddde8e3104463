package org.samakki.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many pairs fell into each comparison vector; what expectation-maximisation works on. */
final class PatternCounts implements Blocks.PairVisitor {

  private final Map<Integer, long[]> counts = new HashMap<>();
  private final Comparisons comparisons;
  private final RecordTable table;

  PatternCounts(RecordTable table, LinkageModel model) {
    this.table = table;
    this.comparisons = new Comparisons(model.closeThreshold(), model.similarThreshold());
  }

  @Override
  public void visit(int a, int b) {
    add(comparisons.compare(table, a, table, b), 1);
  }

  void add(int pattern, long count) {
    counts.computeIfAbsent(pattern, p -> new long[1])[0] += count;
  }

  static PatternCounts merge(RecordTable table, LinkageModel model, List<PatternCounts> parts) {
    PatternCounts merged = new PatternCounts(table, model);
    for (PatternCounts part : parts) {
      part.counts.forEach((pattern, count) -> merged.add(pattern, count[0]));
    }
    return merged;
  }

  long total() {
    return counts.values().stream().mapToLong(c -> c[0]).sum();
  }

  int[] patterns() {
    return counts.keySet().stream().mapToInt(Integer::intValue).toArray();
  }

  long[] counts(int[] patterns) {
    long[] values = new long[patterns.length];
    for (int p = 0; p < patterns.length; p++) {
      values[p] = counts.get(patterns[p])[0];
    }
    return values;
  }

  /** The share of each level of each field among the pairs where the field has a value. */
  double[][] levelShares(double smoothing) {
    double[][] shares = new double[Field.values().length][];
    for (Field field : Field.values()) {
      double[] sums = new double[field.levels().size()];
      counts.forEach((pattern, count) -> sums[Comparisons.level(pattern, field)] += count[0]);
      double total = 0;
      for (int level = 1; level < sums.length; level++) {
        total += sums[level] + smoothing;
      }
      shares[field.ordinal()] = new double[sums.length];
      shares[field.ordinal()][0] = 1;
      for (int level = 1; level < sums.length; level++) {
        shares[field.ordinal()][level] = (sums[level] + smoothing) / total;
      }
    }
    return shares;
  }
}
