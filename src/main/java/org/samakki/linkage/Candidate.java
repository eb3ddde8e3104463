package org.samakki.linkage;

import java.util.Objects;

/** A known person who may be the one being registered, with the probability and its explanation. */
public record Candidate(
    String recordId, double probability, double matchWeight, Explanation explanation) {

  public Candidate {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(explanation, "explanation");
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("Probability out of range: " + probability);
    }
  }
}
