package org.samakki.registry.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.samakki.Benchmark;
import org.samakki.CommandArguments;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.Sector;
import org.samakki.registry.persons.Worklists;
import org.samakki.registry.status.Reason;
import org.samakki.registry.statuses.StatusSweep;

/**
 * A full re-derivation of every worker's status as of a day, against the time it takes only to read
 * the registrations it derives from (the floor any derivation must pay), and the response times of
 * worklist queries on the same register.
 */
class StatusSweepBenchmark implements Benchmark {

  static final String[] PROVINCES = {"74", "10", "63", "20", "11", "13", "85", "12", "50", "90"};

  @Override
  public String name() {
    return "status-sweep";
  }

  @Override
  public String summary() {
    return "--workers N [--queries Q]: full re-derivation time, ratio of the read floor to it; worklist p95";
  }

  @Override
  public void run(CommandArguments arguments, PrintStream out) throws Exception {
    int workers = Integer.parseInt(arguments.option("workers").orElse("5000000").replace("_", ""));
    int queries = Integer.parseInt(arguments.option("queries").orElse("500"));
    try (BenchRegistry registry = BenchRegistry.start("registry-" + workers, false)) {
      Register.ensure(registry, workers, out);
      LocalDate asOf = LocalDate.now();

      long started = System.nanoTime();
      long rows = readAll(registry.context.getBean(DataSource.class));
      double floor = BenchRegistry.seconds(started);
      out.printf(Locale.ROOT, "Reading every registration (%,d rows): %.1f s%n", rows, floor);

      started = System.nanoTime();
      StatusSweep.Result result = registry.context.getBean(StatusSweep.class).rederiveAll(asOf);
      double sweep = BenchRegistry.seconds(started);
      out.printf(
          Locale.ROOT,
          "Full re-derivation as of %s: %,d workers in %.1f s = %,.0f workers/s, %,d changed%n",
          asOf,
          result.derived(),
          sweep,
          result.derived() / sweep,
          result.changed());

      registry.actAs("labour-inspector");
      try {
        out.println("Worklist queries: " + worklists(registry, queries).summary());
      } finally {
        TestSignIn.signOut();
      }
      out.println(Benchmark.result(name(), sweep, "s", floor / sweep));
    }
  }

  /** Mixed worklists as inspectors open them: expiring by days, irregular by reason, filtered. */
  private static Latencies worklists(BenchRegistry registry, int queries) {
    Worklists worklists = registry.context.getBean(Worklists.class);
    SplittableRandom random = new SplittableRandom(3);
    List<Reason> reasons =
        java.util.Arrays.stream(Reason.values())
            .filter(r -> r.kind().name().equals("IRREGULAR"))
            .toList();
    LocalDate today = LocalDate.now();
    double[] millis = new double[queries];
    for (int i = -20; i < queries; i++) {
      String province = random.nextBoolean() ? PROVINCES[random.nextInt(PROVINCES.length)] : null;
      String sector =
          random.nextInt(3) == 0
              ? Sector.values()[random.nextInt(Sector.values().length)].name()
              : null;
      String nationality = random.nextInt(3) == 0 ? "MMR" : null;
      Worklists.Filter filter = new Worklists.Filter(province, null, null, sector, nationality);
      long started = System.nanoTime();
      if (random.nextBoolean()) {
        worklists.expiring(new int[] {30, 60, 90}[random.nextInt(3)], filter, today);
      } else {
        worklists.irregular(
            random.nextBoolean() ? null : reasons.get(random.nextInt(reasons.size())), filter);
      }
      if (i >= 0) {
        millis[i] = (System.nanoTime() - started) / 1e6;
      }
    }
    return new Latencies(millis);
  }

  /** Streams every registration row to the application, as a derivation must read them. */
  private static long readAll(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.setFetchSize(20_000);
        long rows = 0;
        try (ResultSet rs = statement.executeQuery("select * from registry.registration")) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
              rs.getObject(c);
            }
            rows++;
          }
        }
        connection.commit();
        return rows;
      }
    }
  }
}
