package org.samakki.linkage.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.samakki.Benchmark;
import org.samakki.CommandArguments;
import org.samakki.linkage.synthetic.SyntheticPopulation;

/**
 * The whole deduplication pipeline (read, normalise, block, train, score, cluster) on generated
 * registrations, with pairwise F1 against the true persons, and Duke 1.2 on a smaller file of the
 * same generator as the comparison.
 */
public class LinkageBenchmark implements Benchmark {

  @Override
  public String name() {
    return "linkage";
  }

  @Override
  public String summary() {
    return "--records N [--duke-records M] [--seed S]: dedupe time, pairs, heap, F1; Duke at M";
  }

  @Override
  public void run(CommandArguments arguments, PrintStream out) throws Exception {
    int records = Integer.parseInt(arguments.option("records").orElse("1000000").replace("_", ""));
    int dukeRecords =
        Integer.parseInt(arguments.option("duke-records").orElse("20000").replace("_", ""));
    long seed = Long.parseLong(arguments.option("seed").orElse("1"));
    Path input = file(records, seed, out);
    out.printf(
        "Samakki on %,d records (%d cores, max heap %d MiB)%n",
        records,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    DedupeRun run = DedupeRun.of(input, null, true, out);
    double[] scores = run.evaluate();
    out.printf(
        Locale.ROOT,
        "Samakki %,d records: %.1f s, %,d pairs scored, precision=%.4f recall=%.4f f1=%.4f%n",
        records,
        run.seconds,
        run.result.pairsScored(),
        scores[0],
        scores[1],
        scores[2]);
    out.println(run.resultLine());
    Double ratio = null;
    if (dukeRecords > 0) {
      Path small = file(dukeRecords, seed, out);
      DedupeRun.of(
          file(2000, seed + 1, out), null, true, new PrintStream(OutputStream.nullOutputStream()));
      DedupeRun samakkiSmall =
          DedupeRun.of(small, null, true, new PrintStream(OutputStream.nullOutputStream()));
      double[] smallScores = samakkiSmall.evaluate();
      out.printf(
          Locale.ROOT,
          "Samakki %,d records: %.2f s, f1=%.4f%n",
          dukeRecords,
          samakkiSmall.seconds,
          smallScores[2]);
      // both engines warmed up on a small file first, so that neither is timed while its JIT warms
      DukeRun.of(file(2000, seed + 1, out), new PrintStream(OutputStream.nullOutputStream()));
      DukeRun duke = DukeRun.of(small, out);
      out.printf(
          Locale.ROOT,
          "Duke 1.2 %,d records: %.2f s, %,d comparisons, precision=%.4f recall=%.4f f1=%.4f%n",
          dukeRecords,
          duke.seconds(),
          duke.comparisons(),
          duke.scores()[0],
          duke.scores()[1],
          duke.scores()[2]);
      ratio = duke.seconds() / samakkiSmall.seconds;
      out.printf(Locale.ROOT, "at %,d records Duke takes %.1f times as long%n", dukeRecords, ratio);
    }
    out.println(Benchmark.result(name(), run.seconds, "s", ratio));
  }

  static Path file(int records, long seed, PrintStream out) throws Exception {
    Path folder = Path.of("target", "bench");
    Files.createDirectories(folder);
    Path file = folder.resolve("linkage-" + records + "-" + seed + ".csv");
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      Path partial = folder.resolve(file.getFileName() + ".part");
      try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        new SyntheticPopulation(seed).writeCsv(records, writer);
      }
      Files.move(partial, file);
      out.printf("generated %s in %.1f s%n", file, (System.nanoTime() - start) / 1e9);
    }
    return file;
  }
}
