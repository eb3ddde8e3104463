package org.samakki.linkage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.samakki.Benchmark;
import org.samakki.CommandArguments;
import org.samakki.linkage.synthetic.GeneratedRecord;
import org.samakki.linkage.synthetic.SyntheticPopulation;

/**
 * Real-time matching: an identity index of millions of generated people, then timed look-ups of
 * registrations that follow in the same stream (returning people and new ones). The baseline is the
 * naive approach: one blocking rule (same birth year) scored with the same model, no compact index.
 */
public class LinkageMatchBenchmark implements Benchmark {

  @Override
  public String name() {
    return "linkage-match";
  }

  @Override
  public String summary() {
    return "[--people N] [--queries Q]: p50/p95/p99 of match(record) against N indexed people";
  }

  @Override
  public void run(CommandArguments arguments, PrintStream out) {
    int people = Integer.parseInt(arguments.option("people").orElse("5000000").replace("_", ""));
    int queries = Integer.parseInt(arguments.option("queries").orElse("10000").replace("_", ""));
    int baselineQueries = Integer.parseInt(arguments.option("baseline-queries").orElse("300"));
    long start = System.nanoTime();
    Iterator<GeneratedRecord> stream = new SyntheticPopulation(5).records(people + queries + 1000);
    Map<String, String> truth = new HashMap<>();
    Set<String> knownPeople = new HashSet<>();
    NameNormaliser normaliser = new NameNormaliser();
    List<PersonRecord> sample = new ArrayList<>();
    new SyntheticPopulation(6)
        .records(200_000)
        .forEachRemaining(r -> sample.add(r.toPersonRecord()));
    LinkageModel model = new ModelTrainer(normaliser).train(sample);
    sample.clear();
    out.printf(
        Locale.ROOT,
        "model trained on 200,000 other generated records in %.1f s%n",
        (System.nanoTime() - start) / 1e9);
    IdentityIndex index = new IdentityIndex(model, normaliser, people);
    index.addAll(
        new Iterator<>() {
          int given;

          @Override
          public boolean hasNext() {
            return given < people;
          }

          @Override
          public PersonRecord next() {
            given++;
            GeneratedRecord record = stream.next();
            truth.put(record.recordId(), record.trueId());
            knownPeople.add(record.trueId());
            if (given % 1_000_000 == 0) {
              out.printf("  indexed %,d people%n", given);
            }
            return record.toPersonRecord();
          }
        });
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long used = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    out.printf(
        Locale.ROOT,
        "index of %,d people built in %.1f s, heap in use %,d MiB (with the truth table)%n",
        index.size(),
        (System.nanoTime() - start) / 1e9,
        used);
    List<GeneratedRecord> probes = new ArrayList<>();
    for (int q = 0; q < queries + 1000; q++) {
      probes.add(stream.next());
    }
    for (int q = 0; q < 1000; q++) {
      index.match(probes.get(q).toPersonRecord(), 10, 0.8);
    }
    long[] nanos = new long[queries];
    int returning = 0;
    int found = 0;
    int flaggedWrongly = 0;
    for (int q = 0; q < queries; q++) {
      GeneratedRecord probe = probes.get(1000 + q);
      PersonRecord record = probe.toPersonRecord();
      long t = System.nanoTime();
      List<Candidate> candidates = index.match(record, 10, 0.8);
      nanos[q] = System.nanoTime() - t;
      boolean known = knownPeople.contains(probe.trueId());
      if (q < 2000) {
        returning += known ? 1 : 0;
        boolean hit =
            candidates.stream().anyMatch(c -> probe.trueId().equals(truth.get(c.recordId())));
        found += known && hit ? 1 : 0;
        flaggedWrongly += !known && !candidates.isEmpty() ? 1 : 0;
      }
    }
    double[] ours = percentiles(nanos);
    out.printf(
        Locale.ROOT,
        "match over %,d people, %,d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
        index.size(),
        queries,
        ours[0],
        ours[1],
        ours[2]);
    out.printf(
        Locale.ROOT,
        "of the first 2,000 queries %d were returning people, %d of them found at p >= 0.8; "
            + "%d new people got a candidate at p >= 0.8%n",
        returning,
        found,
        flaggedWrongly);
    double[] naive = naiveBaseline(index, probes, baselineQueries);
    out.printf(
        Locale.ROOT,
        "naive baseline (same birth year, scored), %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
        baselineQueries,
        naive[0],
        naive[1],
        naive[2]);
    out.println(Benchmark.result(name(), ours[2], "ms", naive[2] / ours[2]));
  }

  /** One blocking rule (same birth year), every candidate scored with the same model. */
  private static double[] naiveBaseline(
      IdentityIndex index, List<GeneratedRecord> probes, int queries) {
    RecordTable table = index.table();
    Map<Integer, int[]> byYear = new HashMap<>();
    Map<Integer, Integer> counts = new HashMap<>();
    for (int row = 0; row < table.size(); row++) {
      counts.merge(table.birth(row) / 10000, 1, Integer::sum);
    }
    Map<Integer, Integer> filled = new HashMap<>();
    for (int row = 0; row < table.size(); row++) {
      int year = table.birth(row) / 10000;
      int[] rows = byYear.computeIfAbsent(year, y -> new int[counts.get(y)]);
      int at = filled.merge(year, 1, Integer::sum) - 1;
      rows[at] = row;
    }
    Scorer scorer = index.scorer();
    long[] nanos = new long[queries];
    for (int q = 0; q < queries; q++) {
      PersonRecord record = probes.get(1000 + q).toPersonRecord();
      long t = System.nanoTime();
      RecordTable probe = new RecordTable(table.tokens, 1);
      probe.add(record, new NameNormaliser().normalise(record));
      int[] rows = byYear.getOrDefault(probe.birth(0) / 10000, new int[0]);
      double best = Double.NEGATIVE_INFINITY;
      for (int row : rows) {
        if (!index.isRemoved(row)) {
          best = Math.max(best, scorer.score(probe, 0, table, row));
        }
      }
      nanos[q] = System.nanoTime() - t;
    }
    return percentiles(nanos);
  }

  private static double[] percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new double[] {
      sorted[(int) (sorted.length * 0.50)] / 1e6,
      sorted[(int) (sorted.length * 0.95)] / 1e6,
      sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6
    };
  }
}
