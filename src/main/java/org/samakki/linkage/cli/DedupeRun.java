package org.samakki.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.samakki.linkage.Deduplication;
import org.samakki.linkage.DeduplicationResult;
import org.samakki.linkage.LinkageModel;
import org.samakki.linkage.NameNormaliser;
import org.samakki.linkage.PersonRecord;

/**
 * One deduplication of a CSV file as the command line runs it: read the model if one is given,
 * stream the records in, deduplicate, keep the true ids for evaluation, and measure time and heap.
 */
final class DedupeRun {

  final DeduplicationResult result;
  final List<String> trueIds;
  final long badRows;
  final double seconds;

  private DedupeRun(
      DeduplicationResult result, List<String> trueIds, long badRows, double seconds) {
    this.result = result;
    this.trueIds = trueIds;
    this.badRows = badRows;
    this.seconds = seconds;
  }

  static DedupeRun of(Path input, Path model, boolean keepTrueIds, PrintStream out) {
    HeapWatch.start();
    long start = System.nanoTime();
    LinkageModel given = model == null ? null : readModel(model);
    List<String> trueIds = new ArrayList<>();
    DeduplicationResult result;
    long badRows;
    try (CsvPersonReader reader = new CsvPersonReader(input, out)) {
      if (keepTrueIds && !reader.hasTrueIds()) {
        throw new IllegalArgumentException(input + " has no true_id column to evaluate against");
      }
      Iterator<PersonRecord> records =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return reader.hasNext();
            }

            @Override
            public PersonRecord next() {
              PersonRecord record = reader.next();
              if (keepTrueIds) {
                trueIds.add(reader.trueId() == null ? "(none)" + record.id() : reader.trueId());
              }
              return record;
            }
          };
      Deduplication deduplication =
          new Deduplication(
              new NameNormaliser(),
              message ->
                  out.printf(
                      Locale.ROOT, "  %6.1f s  %s%n", (System.nanoTime() - start) / 1e9, message));
      result = deduplication.run(records, given);
      badRows = reader.badRows();
    }
    return new DedupeRun(result, trueIds, badRows, (System.nanoTime() - start) / 1e9);
  }

  static LinkageModel readModel(Path file) {
    try {
      return LinkageModel.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read model file " + file + ": " + e.getMessage());
    }
  }

  void saveModel(Path file) {
    try {
      Files.writeString(file, result.model().toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot write model file " + file + ": " + e.getMessage());
    }
  }

  /**
   * The largest heap in use right after a garbage collection since this JVM started, in MiB: the
   * live data at its peak, which is what has to fit the heap. (Heap in use at an arbitrary moment
   * also counts garbage not yet collected, and grows to whatever heap it is given.)
   */
  static long peakHeapMegabytes() {
    return HeapWatch.peakAfterCollection() / (1024 * 1024);
  }

  String resultLine() {
    return String.format(
        java.util.Locale.ROOT,
        "RESULT records=%d pairs_scored=%d seconds=%.1f peak_heap_mb=%d",
        result.size(),
        result.pairsScored(),
        seconds,
        peakHeapMegabytes());
  }

  double[] evaluate() {
    PairwiseEvaluation evaluation = new PairwiseEvaluation();
    for (int i = 0; i < result.size(); i++) {
      evaluation.add(result.clusterId(i), trueIds.get(i));
    }
    return evaluation.scores();
  }
}
