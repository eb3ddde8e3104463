package org.samakki.cases.retention;

import java.io.PrintStream;
import java.time.LocalDate;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.stereotype.Component;

/** {@code cases retention [--as-of YYYY-MM-DD]}: the nightly retention run, for any day. */
@Component
class RetentionCommand implements Command {

  private final CaseRetention retention;

  RetentionCommand(CaseRetention retention) {
    this.retention = retention;
  }

  @Override
  public String name() {
    return "cases retention";
  }

  @Override
  public String summary() {
    return "anonymise closed cases past retention, held ones kept: cases retention [--as-of YYYY-MM-DD]";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) {
    LocalDate asOf =
        arguments
            .option("as-of")
            .map(
                text -> {
                  try {
                    return LocalDate.parse(text);
                  } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("Not a date (YYYY-MM-DD): " + text);
                  }
                })
            .orElse(LocalDate.now());
    CaseRetention.Result result = retention.apply(asOf);
    out.printf(
        "Retention as of %s: %d cases anonymised, %d kept by a legal hold.%n",
        asOf, result.anonymised(), result.held());
    return 0;
  }
}
