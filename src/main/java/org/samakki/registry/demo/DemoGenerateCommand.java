package org.samakki.registry.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.samakki.geo.AdminAreas;
import org.springframework.stereotype.Component;

/** {@code demo generate --workers N --csv FILE}: the demo population as an import file. */
@Component
class DemoGenerateCommand implements Command {

  private final AdminAreas areas;
  private final Clock clock;

  DemoGenerateCommand(AdminAreas areas, Clock clock) {
    this.areas = areas;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "demo generate";
  }

  @Override
  public String summary() {
    return "write a synthetic register: demo generate --workers N --csv FILE [--seed S]";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) throws IOException {
    int workers = Integer.parseInt(arguments.option("workers").orElse("50000"));
    if (workers < 1 || workers > 20_000_000) {
      throw new IllegalArgumentException("--workers must be between 1 and 20,000,000");
    }
    Path file = Path.of(arguments.required("csv"));
    long seed = Long.parseLong(arguments.option("seed").orElse("2017"));
    long started = System.nanoTime();
    int rows;
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      rows = new DemoWorkers(areas, LocalDate.now(clock), seed).writeCsv(workers, writer);
    }
    out.printf(
        "Wrote %d rows for %d workers to %s in %.1f s.%n",
        rows, workers, file, (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
