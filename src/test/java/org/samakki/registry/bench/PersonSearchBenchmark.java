package org.samakki.registry.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.samakki.Benchmark;
import org.samakki.CommandArguments;
import org.samakki.access.signin.TestSignIn;
import org.samakki.registry.persons.PersonSearch;
import org.samakki.registry.persons.SearchQuery;

/**
 * Officers searching the register by name at the same time: names typed in Latin letters as
 * registered, in the person's own script, or spelt differently, answered from the name-key index;
 * against the same names found by scanning the name columns, the way a register without such an
 * index answers, measured in the same run on a few searches.
 */
class PersonSearchBenchmark implements Benchmark {

  @Override
  public String name() {
    return "person-search";
  }

  @Override
  public String summary() {
    return "--workers N [--concurrency C] [--queries Q]: search p95 in ms, ratio of a column scan's p95 to it";
  }

  @Override
  public void run(CommandArguments arguments, PrintStream out) throws Exception {
    int workers = Integer.parseInt(arguments.option("workers").orElse("5000000").replace("_", ""));
    int concurrency = Integer.parseInt(arguments.option("concurrency").orElse("50"));
    int queries = Integer.parseInt(arguments.option("queries").orElse("5000"));
    try (BenchRegistry registry = BenchRegistry.start("registry-" + workers, false)) {
      Register.ensure(registry, workers, out);
      List<String> names = names(registry, queries);
      out.printf(
          Locale.ROOT,
          "%,d persons; %,d searches by %d officers at once%n",
          registry.count("registry.person"),
          names.size(),
          concurrency);

      Latencies indexed = concurrently(registry, names, concurrency);
      out.println("Name-key index: " + indexed.summary());
      Latencies scan = scans(registry, names.subList(0, Math.min(20, names.size())));
      out.println("Column scan (ILIKE on the name columns, one at a time): " + scan.summary());
      out.println(
          Benchmark.result(
              name(), indexed.percentile(95), "ms", scan.percentile(95) / indexed.percentile(95)));
    }
  }

  /**
   * What officers type: a third the Latin name as registered, a third the name in the person's own
   * script, a third a different spelling of the Latin name.
   */
  private static List<String> names(BenchRegistry registry, int count) {
    List<String> names = new ArrayList<>();
    registry
        .jdbc
        .sql(
            "select given_name, family_name, name_native from registry.person"
                + " tablesample system (2) repeatable (5) where given_name is not null limit ?")
        .param(count)
        .query(
            (rs, n) -> {
              String latin =
                  (rs.getString(1) + " " + (rs.getString(2) == null ? "" : rs.getString(2)))
                      .strip();
              String nativeName = rs.getString(3);
              names.add(
                  switch (n % 3) {
                    case 0 -> latin;
                    case 1 -> nativeName != null ? nativeName : latin;
                    default -> respell(latin);
                  });
              return null;
            })
        .list();
    return names;
  }

  /** The spelling habits the name keys absorb: doubled letters, ou/u, ai/ay, h after consonants. */
  static String respell(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("oo", "u")
        .replace("ai", "ay")
        .replace("kh", "k")
        .replace("th", "t")
        .replace("ee", "i");
  }

  private static Latencies concurrently(BenchRegistry registry, List<String> names, int concurrency)
      throws Exception {
    PersonSearch search = registry.context.getBean(PersonSearch.class);
    double[] millis = new double[names.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    java.util.concurrent.CountDownLatch ready =
        new java.util.concurrent.CountDownLatch(concurrency);
    ExecutorService officers = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < concurrency; t++) {
        done.add(
            officers.submit(
                () -> {
                  registry.actAs("registration-officer");
                  // every officer signed in before the first search: the clock measures searches
                  ready.countDown();
                  ready.await();
                  try {
                    for (int i = next.getAndIncrement();
                        i < names.size();
                        i = next.getAndIncrement()) {
                      long started = System.nanoTime();
                      try {
                        search.search(new SearchQuery(names.get(i), null, null, null, null));
                      } catch (RuntimeException e) {
                        // a search that waited too long for a connection failed for its officer:
                        // counted, with the time it took to fail, not hidden
                        failures.incrementAndGet();
                      }
                      millis[i] = (System.nanoTime() - started) / 1e6;
                    }
                  } finally {
                    TestSignIn.signOut();
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      officers.shutdown();
    }
    System.out.printf(
        Locale.ROOT,
        "Failed searches (no connection within the pool's timeout): %d%n",
        failures.get());
    return new Latencies(millis);
  }

  private static Latencies scans(BenchRegistry registry, List<String> names) {
    double[] millis = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      String first = names.get(i).split(" ")[0];
      long started = System.nanoTime();
      registry
          .jdbc
          .sql(
              "select id from registry.person where given_name ilike ? or family_name ilike ?"
                  + " or name_native ilike ? limit 50")
          .params("%" + first + "%", "%" + first + "%", "%" + first + "%")
          .query(Long.class)
          .list();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    return new Latencies(millis);
  }
}
