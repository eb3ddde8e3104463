package org.samakki.linkage;

/**
 * A trained Fellegi-Sunter model: for each field and comparison level the probability m of that
 * level among true matches and u among non-matches, the prior probability λ that two random records
 * are one person, the similarity thresholds of the name levels and the probability above which a
 * pair is a possible duplicate. Saved as a JSON document that people can review.
 */
public final class LinkageModel {

  /** The version of the JSON document this code writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private final double[][] m;
  private final double[][] u;
  private final double[][] weights;
  private final double lambda;
  private final double matchThreshold;
  private final double closeThreshold;
  private final double similarThreshold;
  private final boolean termFrequencies;
  private final double minimumFrequency;
  private final long trainingRecords;
  private final String trainedAt;

  LinkageModel(
      double[][] m,
      double[][] u,
      double lambda,
      double matchThreshold,
      double closeThreshold,
      double similarThreshold,
      boolean termFrequencies,
      double minimumFrequency,
      long trainingRecords,
      String trainedAt) {
    if (!(lambda > 0 && lambda < 1)) {
      throw new IllegalArgumentException("λ must be between 0 and 1: " + lambda);
    }
    if (!(matchThreshold > 0 && matchThreshold < 1)) {
      throw new IllegalArgumentException("Match threshold must be between 0 and 1");
    }
    if (!(similarThreshold > 0 && similarThreshold <= closeThreshold && closeThreshold <= 1)) {
      throw new IllegalArgumentException("Name thresholds must be 0 < similar <= close <= 1");
    }
    this.m = copy(m);
    this.u = copy(u);
    this.weights = new double[Field.values().length][];
    for (Field field : Field.values()) {
      int levels = field.levels().size();
      if (m[field.ordinal()].length != levels || u[field.ordinal()].length != levels) {
        throw new IllegalArgumentException(field.key() + " needs " + levels + " levels");
      }
      weights[field.ordinal()] = new double[levels];
      for (int level = 1; level < levels; level++) {
        double mValue = m[field.ordinal()][level];
        double uValue = u[field.ordinal()][level];
        if (!(mValue > 0 && mValue <= 1 && uValue > 0 && uValue <= 1)) {
          throw new IllegalArgumentException(
              "m and u of " + field.key() + " level " + level + " must be in (0, 1]");
        }
        weights[field.ordinal()][level] = log2(mValue / uValue);
      }
    }
    this.lambda = lambda;
    this.matchThreshold = matchThreshold;
    this.closeThreshold = closeThreshold;
    this.similarThreshold = similarThreshold;
    this.termFrequencies = termFrequencies;
    this.minimumFrequency = minimumFrequency;
    this.trainingRecords = trainingRecords;
    this.trainedAt = trainedAt;
  }

  private static double[][] copy(double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }

  /** A model with hand-set parameters for the region, used until one is trained. */
  public static LinkageModel defaults() {
    double[][] m = {
      {1, 0.65, 0.05, 0.15, 0.04, 0.06, 0.05},
      {1, 0.80, 0.02, 0.05, 0.06, 0.02, 0.03, 0.02},
      {1, 0.97, 0.03},
      {1, 0.98, 0.02},
      {1, 0.70, 0.05, 0.25},
      {1, 0.60, 0.40},
      {1, 0.70, 0.30}
    };
    double[][] u = {
      {1, 0.0005, 0.0001, 0.002, 0.002, 0.02, 0.9754},
      {1, 0.00007, 0.00001, 0.002, 0.002, 0.018, 0.09, 0.88792},
      {1, 0.5, 0.5},
      {1, 0.6, 0.4},
      {1, 0.000001, 0.00001, 0.999989},
      {1, 0.00001, 0.99999},
      {1, 0.08, 0.92}
    };
    return new LinkageModel(m, u, 1e-6, 0.95, 0.92, 0.85, true, 1e-7, 0, null);
  }

  public double lambda() {
    return lambda;
  }

  /** The match probability above which a pair is a possible duplicate (and clustered). */
  public double matchThreshold() {
    return matchThreshold;
  }

  public double closeThreshold() {
    return closeThreshold;
  }

  public double similarThreshold() {
    return similarThreshold;
  }

  public boolean termFrequencies() {
    return termFrequencies;
  }

  public double m(Field field, int level) {
    return m[field.ordinal()][level];
  }

  public double u(Field field, int level) {
    return u[field.ordinal()][level];
  }

  /** The number of records the model was trained on (0 for the defaults). */
  public long trainingRecords() {
    return trainingRecords;
  }

  /** The match weight log2(m/u) of a level; 0 for "no value". */
  public double weight(Field field, int level) {
    return weights[field.ordinal()][level];
  }

  /** The prior as a match weight: log2(λ / (1 - λ)). */
  public double priorWeight() {
    return log2(lambda / (1 - lambda));
  }

  /** The weight of an exact name match on a name that this share of records carries. */
  double exactNameWeight(double frequency) {
    return log2(
        m[Field.NAME.ordinal()][Comparisons.NAME_EXACT] / Math.max(frequency, minimumFrequency));
  }

  /** The match probability of a total match weight. */
  public static double probability(double matchWeight) {
    double odds = Math.pow(2, matchWeight);
    return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
  }

  /** The total match weight that corresponds to a probability. */
  public static double weightOf(double probability) {
    return log2(probability / (1 - probability));
  }

  /** The same model flagging pairs above another probability. */
  public LinkageModel withMatchThreshold(double threshold) {
    return new LinkageModel(
        m,
        u,
        lambda,
        threshold,
        closeThreshold,
        similarThreshold,
        termFrequencies,
        minimumFrequency,
        trainingRecords,
        trainedAt);
  }

  /** The same model with term-frequency adjustment switched on or off. */
  public LinkageModel withTermFrequencies(boolean enabled) {
    return new LinkageModel(
        m,
        u,
        lambda,
        matchThreshold,
        closeThreshold,
        similarThreshold,
        enabled,
        minimumFrequency,
        trainingRecords,
        trainedAt);
  }

  LinkageModel withParameters(
      double[][] newM, double[][] newU, double newLambda, long records, String when) {
    return new LinkageModel(
        newM,
        newU,
        newLambda,
        matchThreshold,
        closeThreshold,
        similarThreshold,
        termFrequencies,
        minimumFrequency,
        records,
        when);
  }

  double[][] mTable() {
    return copy(m);
  }

  double[][] uTable() {
    return copy(u);
  }

  /** The model as a pretty-printed JSON document. */
  public String toJson() {
    return ModelDocument.write(this);
  }

  /**
   * Reads a model document written by {@link #toJson()}.
   *
   * @throws IllegalArgumentException when the text is not a valid model document
   */
  public static LinkageModel fromJson(String json) {
    return ModelDocument.read(json);
  }

  double minimumFrequency() {
    return minimumFrequency;
  }

  String trainedAt() {
    return trainedAt;
  }
}
