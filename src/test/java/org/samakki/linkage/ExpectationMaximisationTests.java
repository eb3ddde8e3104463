package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTests {

  /** Known parameters for three fields; the other fields have no value in every pair. */
  static final Field[] FIELDS = {Field.NAME, Field.BIRTH_DATE, Field.DOCUMENT};

  static final double[][] TRUE_M = {
    {0, 0.60, 0.10, 0.15, 0.05, 0.05, 0.05},
    {0, 0.70, 0.02, 0.05, 0.10, 0.01, 0.07, 0.05},
    {0, 0.80, 0.05, 0.15}
  };
  static final double[][] TRUE_U = {
    {0, 0.01, 0.005, 0.02, 0.02, 0.05, 0.895},
    {0, 0.002, 0.001, 0.005, 0.03, 0.05, 0.1, 0.812},
    {0, 0.001, 0.004, 0.995}
  };
  static final double TRUE_LAMBDA = 0.2;

  private static int draw(SplittableRandom random, double[] probabilities) {
    double x = random.nextDouble();
    for (int level = 1; level < probabilities.length; level++) {
      x -= probabilities[level];
      if (x < 0) {
        return level;
      }
    }
    return probabilities.length - 1;
  }

  @Test
  void recoversKnownMAndUFromSimulatedPairs() {
    SplittableRandom random = new SplittableRandom(42);
    Map<Integer, Long> counts = new HashMap<>();
    for (int pair = 0; pair < 400_000; pair++) {
      boolean match = random.nextDouble() < TRUE_LAMBDA;
      int vector = 0;
      for (int f = 0; f < FIELDS.length; f++) {
        vector = Comparisons.with(vector, FIELDS[f], draw(random, match ? TRUE_M[f] : TRUE_U[f]));
      }
      counts.merge(vector, 1L, Long::sum);
    }
    int[] patterns = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
    long[] values = new long[patterns.length];
    for (int p = 0; p < patterns.length; p++) {
      values[p] = counts.get(patterns[p]);
    }
    LinkageModel start = LinkageModel.defaults();
    ExpectationMaximisation.Estimate estimate =
        ExpectationMaximisation.run(
            patterns, values, start.mTable(), start.uTable(), 0.5, Set.of(), true, 500);
    assertThat(estimate.lambda()).isCloseTo(TRUE_LAMBDA, offset(0.01));
    for (int f = 0; f < FIELDS.length; f++) {
      for (int level = 1; level < TRUE_M[f].length; level++) {
        assertThat(estimate.m()[FIELDS[f].ordinal()][level])
            .as("m of %s level %d", FIELDS[f], level)
            .isCloseTo(TRUE_M[f][level], offset(0.02));
        assertThat(estimate.u()[FIELDS[f].ordinal()][level])
            .as("u of %s level %d", FIELDS[f], level)
            .isCloseTo(TRUE_U[f][level], offset(0.01));
      }
    }
  }

  @Test
  void aFieldUsedForBlockingKeepsItsStartingValues() {
    int vector = Comparisons.with(Comparisons.with(0, Field.NAME, 1), Field.DOCUMENT, 1);
    LinkageModel start = LinkageModel.defaults();
    ExpectationMaximisation.Estimate estimate =
        ExpectationMaximisation.run(
            new int[] {vector},
            new long[] {100},
            start.mTable(),
            start.uTable(),
            0.5,
            Set.of(Field.DOCUMENT),
            false,
            50);
    assertThat(estimate.m()[Field.DOCUMENT.ordinal()])
        .containsExactly(start.mTable()[Field.DOCUMENT.ordinal()]);
  }
}
