package org.samakki.registry.bench;

import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.samakki.Benchmark;
import org.samakki.CommandArguments;
import org.samakki.registry.importing.ImportSummary;

/**
 * The full import of a Department of Employment export (parse, validate, resolve persons, documents
 * and employers, load, derive statuses) against a raw COPY of the same file into an unindexed table
 * of text columns, both on an empty registry in the same run.
 */
class RegistryImportBenchmark implements Benchmark {

  @Override
  public String name() {
    return "registry-import";
  }

  @Override
  public String summary() {
    return "--rows N [--seed S]: import rows/s, ratio to a raw COPY of the same file";
  }

  @Override
  public void run(CommandArguments arguments, PrintStream out) throws Exception {
    int rows = Integer.parseInt(arguments.option("rows").orElse("1000000").replace("_", ""));
    long seed = Long.parseLong(arguments.option("seed").orElse("7"));
    try (BenchRegistry registry = BenchRegistry.start("import", true)) {
      // the generator writes about 1.85 rows a worker; a few more workers, then the file is cut
      Path whole = registry.register((int) (rows / 1.8) + 10, seed);
      Path file = firstRows(whole, rows);
      out.printf(Locale.ROOT, "File: %s, %,d rows, %,d MB%n", file, rows, Files.size(file) >> 20);

      long started = System.nanoTime();
      long copied = rawCopy(registry.context.getBean(DataSource.class), file);
      double copySeconds = BenchRegistry.seconds(started);
      double copyRate = copied / copySeconds;
      out.printf(
          Locale.ROOT,
          "Raw COPY into an unindexed table: %,d rows in %.1f s = %,.0f rows/s%n",
          copied,
          copySeconds,
          copyRate);

      started = System.nanoTime();
      ImportSummary summary = registry.load(file);
      double importSeconds = BenchRegistry.seconds(started);
      double importRate = summary.rowsRead() / importSeconds;
      out.printf(
          Locale.ROOT,
          "Import: %,d rows read, %,d loaded, %,d rejected, in %.1f s = %,.0f rows/s%n",
          summary.rowsRead(),
          summary.loaded(),
          summary.rejected(),
          importSeconds,
          importRate);
      out.printf(
          Locale.ROOT,
          "Registry now: %,d persons, %,d registrations, %,d worker statuses, %,d status periods%n",
          registry.count("registry.person"),
          registry.count("registry.registration"),
          registry.count("registry.worker_status"),
          registry.count("registry.status_period"));
      out.println(Benchmark.result(name(), importRate, "rows/s", importRate / copyRate));
    }
  }

  /** The first rows of a file with its header: the benchmark's size exactly. */
  private static Path firstRows(Path whole, int rows) throws Exception {
    Path file = BenchRegistry.ROOT.resolve("import-" + rows + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    try (var in = Files.newBufferedReader(whole, StandardCharsets.UTF_8);
        var csv =
            org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(in);
        var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        var printer =
            new org.apache.commons.csv.CSVPrinter(
                writer,
                org.apache.commons.csv.CSVFormat.DEFAULT
                    .builder()
                    .setHeader(csv.getHeaderNames().toArray(String[]::new))
                    .get())) {
      int written = 0;
      for (var record : csv) {
        if (written++ == rows) {
          break;
        }
        printer.printRecord(record.toList());
      }
    }
    return file;
  }

  /** COPY of the file, as it is, into a table of text columns without index or constraint. */
  private static long rawCopy(DataSource dataSource, Path file) throws Exception {
    String header = Files.newBufferedReader(file, StandardCharsets.UTF_8).readLine();
    String columns =
        String.join(
            ", ", java.util.Arrays.stream(header.split(",")).map(c -> c + " text").toList());
    try (Connection connection = dataSource.getConnection();
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      connection.createStatement().execute("drop table if exists public.bench_raw_copy");
      connection.createStatement().execute("create table public.bench_raw_copy (" + columns + ")");
      long rows =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("copy public.bench_raw_copy from stdin (format csv, header true)", reader);
      connection.createStatement().execute("drop table public.bench_raw_copy");
      return rows;
    }
  }
}
