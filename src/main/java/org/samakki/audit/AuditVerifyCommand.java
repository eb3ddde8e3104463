package org.samakki.audit;

import java.io.PrintStream;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.stereotype.Component;

/** {@code audit verify}: checks the hash chain and names the first broken entry. */
@Component
class AuditVerifyCommand implements Command {

  private final AuditTrail trail;

  AuditVerifyCommand(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public String name() {
    return "audit verify";
  }

  @Override
  public String summary() {
    return "check that no audit entry was changed or removed";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) {
    ChainVerification result = trail.verify();
    if (result.intact()) {
      out.printf("Audit trail intact: %d entries verified.%n", result.entriesChecked());
      return 0;
    }
    out.printf(
        "Audit trail BROKEN at entry %d: %s. The %d entries before it are intact.%n",
        result.firstBrokenSeq().orElseThrow(), result.problem(), result.entriesChecked());
    return 1;
  }
}
