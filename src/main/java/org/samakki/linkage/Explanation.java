package org.samakki.linkage;

import java.util.List;

/**
 * Why two records are thought to be one person or not: the prior weight plus each field's weight
 * add up to the total match weight, whose probability is shown to the reviewer.
 */
public record Explanation(
    double priorWeight, List<FieldWeight> fields, double matchWeight, double probability) {

  public Explanation {
    fields = List.copyOf(fields);
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("Probability out of range: " + probability);
    }
  }
}
