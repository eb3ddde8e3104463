package org.samakki.linkage.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the true person of each record: a pair
 * of records counts once, as linked (same cluster) and as true (same person).
 */
final class PairwiseEvaluation {

  private final Map<String, Integer> people = new HashMap<>();
  private int[] personCounts = new int[1024];
  private long[] cells = new long[1024];
  private int records;

  /** Adds one record with its cluster and its true person. */
  void add(long clusterId, String trueId) {
    if (clusterId < 0 || clusterId > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Cluster id out of range: " + clusterId);
    }
    int person = people.computeIfAbsent(trueId, id -> people.size());
    if (person == personCounts.length) {
      personCounts = Arrays.copyOf(personCounts, person * 2);
    }
    personCounts[person]++;
    if (records == cells.length) {
      cells = Arrays.copyOf(cells, records * 2);
    }
    cells[records++] = (clusterId << 32) | person;
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** Linked, true and correct pair counts. */
  long[] counts() {
    long[] sorted = Arrays.copyOf(cells, records);
    Arrays.parallelSort(sorted);
    long linked = 0;
    long correct = 0;
    for (int start = 0; start < records; ) {
      int end = start + 1;
      while (end < records && sorted[end] >>> 32 == sorted[start] >>> 32) {
        end++;
      }
      linked += pairs(end - start);
      for (int cell = start; cell < end; ) {
        int cellEnd = cell + 1;
        while (cellEnd < end && sorted[cellEnd] == sorted[cell]) {
          cellEnd++;
        }
        correct += pairs(cellEnd - cell);
        cell = cellEnd;
      }
      start = end;
    }
    long truth = 0;
    for (int p = 0; p < people.size(); p++) {
      truth += pairs(personCounts[p]);
    }
    return new long[] {linked, truth, correct};
  }

  /** Precision, recall and F1, in that order. */
  double[] scores() {
    long[] counts = counts();
    double precision = counts[0] == 0 ? 1 : counts[2] / (double) counts[0];
    double recall = counts[1] == 0 ? 1 : counts[2] / (double) counts[1];
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }
}
