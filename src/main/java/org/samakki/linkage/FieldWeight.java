package org.samakki.linkage;

/**
 * One bar of the waterfall chart that explains a match: a field, the comparison level the two
 * records reached on it, its match weight (log2 Bayes factor) and the two normalised values.
 */
public record FieldWeight(
    String field, String level, double weight, String leftValue, String rightValue) {

  public FieldWeight {
    if (field == null || level == null) {
      throw new IllegalArgumentException("A field weight needs its field and level");
    }
    if (Double.isNaN(weight)) {
      throw new IllegalArgumentException("Weight is not a number");
    }
  }
}
