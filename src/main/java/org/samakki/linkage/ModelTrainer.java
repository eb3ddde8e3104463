package org.samakki.linkage;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains a linkage model on unlabelled records the way Splink does: u from random pairs, the prior
 * λ from deterministic rules, and m by expectation-maximisation over several blocking sessions,
 * each leaving out the fields its blocking rule compared on. Sessions blocked on names also leave
 * out sex and nationality, which a name all but determines (a common name shared by two people of
 * one sex and nationality would otherwise pass for evidence of a match).
 */
public final class ModelTrainer {

  /** The share of true matches the deterministic rules are assumed to find. */
  static final double DETERMINISTIC_RECALL = 0.75;

  private static final long RANDOM_PAIRS = 1_000_000;
  private static final long PAIRS_PER_SESSION = 400_000;
  private static final Map<BlockingRule, Set<Field>> SESSIONS =
      Map.of(
          BlockingRule.DOCUMENT,
          EnumSet.of(Field.DOCUMENT),
          BlockingRule.NAME_AND_BIRTH_YEAR,
          EnumSet.of(Field.NAME, Field.BIRTH_DATE, Field.SEX, Field.NATIONALITY),
          BlockingRule.BIRTH_DATE_AND_NAME_TOKEN,
          EnumSet.of(Field.NAME, Field.BIRTH_DATE, Field.SEX, Field.NATIONALITY),
          BlockingRule.PHONE,
          EnumSet.of(Field.PHONE));

  private final NameNormaliser normaliser;
  private final Consumer<String> progress;

  public ModelTrainer(NameNormaliser normaliser) {
    this(normaliser, message -> {});
  }

  ModelTrainer(NameNormaliser normaliser, Consumer<String> progress) {
    this.normaliser = normaliser;
    this.progress = progress;
  }

  /** Trains on these records, starting from the region's default parameters. */
  public LinkageModel train(Iterable<PersonRecord> records) {
    RecordTable table = new TableLoader(normaliser, progress).load(records.iterator(), 0);
    return train(
        table, Blocks.build(table, List.of(BlockingRule.values())), LinkageModel.defaults());
  }

  LinkageModel train(RecordTable table, Blocks blocks, LinkageModel start) {
    double[][] u = estimateU(table, start);
    double lambda = estimateLambda(table, blocks);
    progress.accept(
        String.format("training: u from random pairs, λ = %.3g from deterministic rules", lambda));
    double[][] sum = new double[Field.values().length][];
    int[] sessions = new int[Field.values().length];
    for (Field field : Field.values()) {
      sum[field.ordinal()] = new double[field.levels().size()];
    }
    for (int r = 0; r < blocks.rules().size(); r++) {
      Set<Field> fixed = SESSIONS.get(blocks.rules().get(r));
      if (fixed == null || blocks.comparisons(r) < 50) {
        continue;
      }
      double rate = Math.min(1.0, PAIRS_PER_SESSION / (double) blocks.comparisons(r));
      int rule = r;
      PatternCounts counts =
          PatternCounts.merge(
              table,
              start,
              blocks.forEachPair(rule, false, 0, rate, () -> new PatternCounts(table, start)));
      int[] patterns = counts.patterns();
      ExpectationMaximisation.Estimate estimate =
          ExpectationMaximisation.run(
              patterns, counts.counts(patterns), start.mTable(), u, 0.3, fixed, false, 100);
      progress.accept(
          String.format(
              "training: EM session blocked on %s: %d pairs, %d iterations, %.1f%% matches",
              blocks.rules().get(r).name().toLowerCase(),
              counts.total(),
              estimate.iterations(),
              100 * estimate.lambda()));
      for (Field field : Field.values()) {
        if (!fixed.contains(field)) {
          sessions[field.ordinal()]++;
          for (int level = 1; level < field.levels().size(); level++) {
            sum[field.ordinal()][level] += estimate.m()[field.ordinal()][level];
          }
        }
      }
    }
    double[][] m = start.mTable();
    for (Field field : Field.values()) {
      if (sessions[field.ordinal()] > 0) {
        for (int level = 1; level < field.levels().size(); level++) {
          m[field.ordinal()][level] =
              Math.max(1e-6, sum[field.ordinal()][level] / sessions[field.ordinal()]);
        }
      }
    }
    return start.withParameters(m, u, lambda, table.size(), Instant.now().toString());
  }

  /** u: how often each level occurs among random pairs, nearly all of which are non-matches. */
  double[][] estimateU(RecordTable table, LinkageModel start) {
    int n = table.size();
    long possible = (long) n * (n - 1) / 2;
    long wanted = Math.min(RANDOM_PAIRS, possible);
    int chunks = 32;
    List<PatternCounts> parts =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(
                c -> {
                  PatternCounts counts = new PatternCounts(table, start);
                  SplittableRandom random = new SplittableRandom(7919L * (c + 1));
                  for (long k = c; k < wanted; k += chunks) {
                    int a = random.nextInt(n);
                    int b = random.nextInt(n - 1);
                    counts.visit(a, b >= a ? b + 1 : b);
                  }
                  return counts;
                })
            .toList();
    return PatternCounts.merge(table, start, parts).levelShares(0.5);
  }

  /**
   * λ: pairs that share a document number, or an exact name and full birth date, are almost surely
   * one person; divided by the share of matches such rules find, over all possible pairs.
   */
  double estimateLambda(RecordTable table, Blocks blocks) {
    long sure = 0;
    int documentRule = blocks.rules().indexOf(BlockingRule.DOCUMENT);
    if (documentRule >= 0) {
      sure += blocks.comparisons(documentRule);
    }
    long[] nameAndDate = new long[table.size() * 2 + 16];
    int count = 0;
    for (int row = 0; row < table.size(); row++) {
      if (table.birth(row) % 100 == 0) {
        continue;
      }
      for (int name = table.nameFrom(row);
          name < table.nameFrom(row) + table.nameCount(row);
          name++) {
        if (count == nameAndDate.length) {
          nameAndDate = Arrays.copyOf(nameAndDate, count * 2);
        }
        nameAndDate[count++] = Hashing.combine(table.nameHash(name), table.birth(row));
      }
    }
    long[] sortedKeys = Arrays.copyOf(nameAndDate, count);
    Arrays.parallelSort(sortedKeys);
    for (int start = 0; start < sortedKeys.length; ) {
      int end = start + 1;
      while (end < sortedKeys.length && sortedKeys[end] == sortedKeys[start]) {
        end++;
      }
      long size = end - start;
      sure += size * (size - 1) / 2;
      start = end;
    }
    double possible = (double) table.size() * (table.size() - 1) / 2;
    double lambda = Math.max(1, sure) / DETERMINISTIC_RECALL / Math.max(1, possible);
    return Math.min(0.5, Math.max(1e-12, lambda));
  }
}
