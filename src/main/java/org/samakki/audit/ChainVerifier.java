package org.samakki.audit;

/** Recomputes every hash of the chain in order and stops at the first entry that does not fit. */
final class ChainVerifier {

  private static final int PAGE = 5_000;

  private final AuditEntries entries;
  private long expectedSeq = 1;
  private byte[] previous = ChainHash.GENESIS;
  private ChainVerification broken;

  ChainVerifier(AuditEntries entries) {
    this.entries = entries;
  }

  ChainVerification verify() {
    entries.forEachInChainOrder(PAGE, this::check);
    if (broken != null) {
      return broken;
    }
    long checked = expectedSeq - 1;
    AuditEntries.ChainLink head = entries.head();
    if (head.seq() != checked || !ChainHash.same(head.hash(), previous)) {
      return ChainVerification.brokenAt(
          checked,
          checked + 1,
          "entries after " + checked + " are missing (the chain head is at " + head.seq() + ")");
    }
    return ChainVerification.intact(checked);
  }

  private void check(AuditEntries.StoredEntry stored) {
    if (broken != null) {
      return;
    }
    long seq = stored.entry().seq();
    if (seq != expectedSeq) {
      broken =
          ChainVerification.brokenAt(
              expectedSeq - 1, expectedSeq, "entry " + expectedSeq + " is missing");
    } else if (!ChainHash.same(stored.previousHash(), previous)) {
      broken =
          ChainVerification.brokenAt(
              seq - 1, seq, "its link to entry " + (seq - 1) + " does not match");
    } else if (!ChainHash.same(stored.hash(), ChainHash.of(previous, stored.entry()))) {
      broken = ChainVerification.brokenAt(seq - 1, seq, "its content does not match its hash");
    } else {
      previous = stored.hash();
      expectedSeq++;
    }
  }
}
