package org.samakki.audit;

import java.util.Optional;

/** The result of checking the hash chain: how far it holds, and the first entry that breaks it. */
public record ChainVerification(
    long entriesChecked, Optional<Long> firstBrokenSeq, String problem) {

  public boolean intact() {
    return firstBrokenSeq.isEmpty();
  }

  static ChainVerification intact(long entries) {
    return new ChainVerification(entries, Optional.empty(), null);
  }

  static ChainVerification brokenAt(long checked, long seq, String problem) {
    return new ChainVerification(checked, Optional.of(seq), problem);
  }
}
