package org.samakki.registry.duplicates;

import java.time.Instant;
import org.samakki.access.PolicyResource;
import org.samakki.linkage.Explanation;

/** A flagged pair as the policy's {@code person-duplicate} resource shows it. */
@PolicyResource("person-duplicate")
public record DuplicateView(
    String id,
    String personA,
    String personB,
    double probability,
    Explanation explanation,
    String state,
    Instant flaggedAt,
    Instant decidedAt,
    String decidedBy,
    String note) {

  static DuplicateView of(DuplicateFlags.Flag flag) {
    return new DuplicateView(
        Long.toString(flag.id()),
        Long.toString(flag.personA()),
        Long.toString(flag.personB()),
        flag.probability(),
        flag.explanation(),
        flag.state(),
        flag.flaggedAt().toInstant(),
        flag.decidedAt() == null ? null : flag.decidedAt().toInstant(),
        flag.decidedBy(),
        flag.note());
  }
}
