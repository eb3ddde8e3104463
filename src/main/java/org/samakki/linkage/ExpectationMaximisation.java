package org.samakki.linkage;

import java.util.Set;

/**
 * Estimates the m probabilities (and optionally u) of a Fellegi-Sunter model from unlabelled
 * comparison vectors by expectation-maximisation. Works on distinct vectors with their counts, so a
 * million pairs cost as much as the few thousand patterns they fall into. Fields in {@code fixed}
 * (those the blocking rule of the session compared on) are left out, as Splink does.
 */
final class ExpectationMaximisation {

  private static final double FLOOR = 1e-9;

  /** The outcome: m, u and the share of matches among the pairs. */
  record Estimate(double[][] m, double[][] u, double lambda, int iterations) {}

  private ExpectationMaximisation() {}

  static Estimate run(
      int[] patterns,
      long[] counts,
      double[][] m0,
      double[][] u0,
      double lambda0,
      Set<Field> fixed,
      boolean estimateU,
      int maxIterations) {
    Field[] fields = Field.values();
    double[][] m = copy(m0);
    double[][] u = copy(u0);
    double lambda = lambda0;
    int iteration = 0;
    double change = 1;
    while (iteration < maxIterations && change > 1e-6) {
      iteration++;
      double[][] mSum = new double[fields.length][];
      double[][] uSum = new double[fields.length][];
      for (Field field : fields) {
        mSum[field.ordinal()] = new double[field.levels().size()];
        uSum[field.ordinal()] = new double[field.levels().size()];
      }
      double matches = 0;
      double total = 0;
      for (int p = 0; p < patterns.length; p++) {
        double pm = lambda;
        double pu = 1 - lambda;
        for (Field field : fields) {
          int level = Comparisons.level(patterns[p], field);
          if (level > 0 && !fixed.contains(field)) {
            pm *= m[field.ordinal()][level];
            pu *= u[field.ordinal()][level];
          }
        }
        double match = pm / (pm + pu);
        double count = counts[p];
        matches += match * count;
        total += count;
        for (Field field : fields) {
          int level = Comparisons.level(patterns[p], field);
          if (level > 0) {
            mSum[field.ordinal()][level] += match * count;
            uSum[field.ordinal()][level] += (1 - match) * count;
          }
        }
      }
      change = 0;
      for (Field field : fields) {
        if (fixed.contains(field)) {
          continue;
        }
        change = Math.max(change, update(m[field.ordinal()], mSum[field.ordinal()]));
        if (estimateU) {
          change = Math.max(change, update(u[field.ordinal()], uSum[field.ordinal()]));
        }
      }
      double newLambda = Math.min(1 - FLOOR, Math.max(FLOOR, matches / Math.max(total, 1)));
      change = Math.max(change, Math.abs(newLambda - lambda));
      lambda = newLambda;
    }
    return new Estimate(m, u, lambda, iteration);
  }

  private static double update(double[] probabilities, double[] sums) {
    double total = 0;
    for (int level = 1; level < sums.length; level++) {
      total += sums[level];
    }
    if (total <= 0) {
      return 0;
    }
    double change = 0;
    double normal = 0;
    double[] next = new double[sums.length];
    for (int level = 1; level < sums.length; level++) {
      next[level] = Math.max(FLOOR, sums[level] / total);
      normal += next[level];
    }
    for (int level = 1; level < sums.length; level++) {
      double value = next[level] / normal;
      change = Math.max(change, Math.abs(value - probabilities[level]));
      probabilities[level] = value;
    }
    return change;
  }

  private static double[][] copy(double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }
}
