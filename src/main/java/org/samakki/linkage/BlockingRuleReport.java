package org.samakki.linkage;

/**
 * What one blocking rule costs: the pairs its blocks hold (known before scoring, so that an
 * administrator sees the cost), the blocks skipped as too large with their pairs, and how many of
 * its pairs were scored after removing those an earlier rule already produced.
 */
public record BlockingRuleReport(
    String rule,
    String description,
    long comparisons,
    long oversizedBlocks,
    long skippedComparisons,
    long pairsScored) {

  public BlockingRuleReport {
    if (rule == null || comparisons < 0 || pairsScored < 0) {
      throw new IllegalArgumentException("A rule report needs a rule and non-negative counts");
    }
  }
}
