package org.samakki.registry.statuses;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.samakki.registry.status.DerivedStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code registry status --document-number N --as-of YYYY-MM-DD}: prints a worker's status on a day
 * as JSON ({@code status}, {@code reasons}, {@code nextDeadline}).
 */
@Component
class StatusCommand implements Command {

  private final JdbcClient jdbc;
  private final StatusDerivation derivation;
  private final JsonMapper json = JsonMapper.builder().build();

  StatusCommand(JdbcClient jdbc, StatusDerivation derivation) {
    this.jdbc = jdbc;
    this.derivation = derivation;
  }

  @Override
  public String name() {
    return "registry status";
  }

  @Override
  public String summary() {
    return "a worker's status on a day: registry status --document-number N [--as-of YYYY-MM-DD]";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) {
    String number =
        arguments.required("document-number").toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    LocalDate day = arguments.option("as-of").map(StatusCommand::day).orElse(derivation.today());
    Long person =
        jdbc.sql("select person_id from registry.document where number = ? limit 1")
            .param(number)
            .query(Long.class)
            .optional()
            .orElseThrow(
                () -> new IllegalArgumentException("No worker has a document numbered " + number));
    DerivedStatus status = derivation.statusOn(Set.of(person), day).get(person);
    out.println(json.writeValueAsString(StatusOn.of(person, day, status)));
    return 0;
  }

  /** A day given on the command line, in either era. */
  static LocalDate day(String text) {
    String[] parts = text.strip().split("-");
    try {
      int year = Integer.parseInt(parts[0]);
      return LocalDate.of(
          year > 2400 ? year - 543 : year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a date (YYYY-MM-DD): " + text);
    }
  }
}
