package org.samakki.linkage;

import java.util.Arrays;

/** Scores the pairs of one chunk of blocks and keeps those above the match weight threshold. */
final class MatchCollector implements Blocks.PairVisitor {

  private final RecordTable table;
  private final Scorer scorer;
  private final double threshold;
  private long scored;
  private long[] links = new long[256];
  private int linkCount;

  MatchCollector(RecordTable table, Scorer scorer, double threshold) {
    this.table = table;
    this.scorer = scorer;
    this.threshold = threshold;
  }

  @Override
  public void visit(int a, int b) {
    scored++;
    if (scorer.score(table, a, table, b) >= threshold) {
      if (linkCount == links.length) {
        links = Arrays.copyOf(links, linkCount * 2);
      }
      links[linkCount++] = ((long) a << 32) | b;
    }
  }

  long scored() {
    return scored;
  }

  int linkCount() {
    return linkCount;
  }

  int linkA(int index) {
    return (int) (links[index] >>> 32);
  }

  int linkB(int index) {
    return (int) links[index];
  }
}
