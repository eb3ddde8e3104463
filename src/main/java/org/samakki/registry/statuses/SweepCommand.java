package org.samakki.registry.statuses;

import java.io.PrintStream;
import java.time.LocalDate;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.stereotype.Component;

/** {@code registry sweep --as-of YYYY-MM-DD}: the daily status sweep, for any day. */
@Component
class SweepCommand implements Command {

  private final StatusSweep sweep;
  private final StatusDerivation derivation;

  SweepCommand(StatusSweep sweep, StatusDerivation derivation) {
    this.sweep = sweep;
    this.derivation = derivation;
  }

  @Override
  public String name() {
    return "registry sweep";
  }

  @Override
  public String summary() {
    return "re-derive statuses that may have changed: registry sweep [--as-of YYYY-MM-DD] [--all]";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) {
    LocalDate asOf = arguments.option("as-of").map(StatusCommand::day).orElse(derivation.today());
    long started = System.nanoTime();
    StatusSweep.Result result = arguments.flag("all") ? sweep.rederiveAll(asOf) : sweep.sweep(asOf);
    out.printf(
        "Sweep as of %s: %d workers re-derived, %d changed status, in %.1f s.%n",
        asOf, result.derived(), result.changed(), (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
