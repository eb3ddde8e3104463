package org.samakki.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the records that are one person in a batch: normalise, block, train a model unless one is
 * given, score each candidate pair once, and join pairs above the match threshold into clusters.
 * Also links a new batch to existing clusters without re-clustering them: an existing record keeps
 * its cluster id, and when a new record joins two existing clusters the smaller (older) id stays.
 */
public final class Deduplication {

  private final NameNormaliser normaliser;
  private final Consumer<String> progress;

  public Deduplication(NameNormaliser normaliser) {
    this(normaliser, message -> {});
  }

  /** With a listener that receives one line per step, for long runs. */
  public Deduplication(NameNormaliser normaliser, Consumer<String> progress) {
    this.normaliser = normaliser;
    this.progress = progress;
  }

  /** Deduplicates the records; trains a model on them when {@code model} is null. */
  public DeduplicationResult run(Iterator<PersonRecord> records, LinkageModel model) {
    RecordTable table = new TableLoader(normaliser, progress).load(records, 0);
    return resolve(table, 0, new long[0], model);
  }

  public DeduplicationResult run(Iterable<PersonRecord> records, LinkageModel model) {
    return run(records.iterator(), model);
  }

  /**
   * Links a new batch to records already clustered. Pairs of two existing records are not scored
   * again; the result holds the existing records (ids kept, or the smaller id where two clusters
   * joined) followed by the batch.
   *
   * @param existingClusters the cluster id of every existing record
   */
  public DeduplicationResult link(
      Iterable<PersonRecord> existing,
      Map<String, Long> existingClusters,
      Iterable<PersonRecord> batch,
      LinkageModel model) {
    RecordTable table = new TableLoader(normaliser, progress).load(existing.iterator(), 0);
    int firstNew = table.size();
    long[] clusterIds = new long[firstNew];
    for (int row = 0; row < firstNew; row++) {
      Long id = existingClusters.get(table.id(row));
      if (id == null) {
        throw new IllegalArgumentException(
            "Existing record " + table.id(row) + " has no cluster id");
      }
      clusterIds[row] = id;
    }
    new TableLoader(normaliser, progress).append(table, batch.iterator());
    return resolve(table, firstNew, clusterIds, model);
  }

  private DeduplicationResult resolve(
      RecordTable table, int firstNew, long[] existingIds, LinkageModel given) {
    List<BlockingRule> rules = List.of(BlockingRule.values());
    Blocks blocks = Blocks.build(table, rules);
    for (int r = 0; r < rules.size(); r++) {
      progress.accept(
          String.format(
              "blocking rule %-28s %,15d comparisons%s",
              rules.get(r).name().toLowerCase(),
              blocks.comparisons(r),
              blocks.oversizedBlocks(r) == 0
                  ? ""
                  : String.format(
                      " (%,d blocks over %,d records skipped: %,d comparisons)",
                      blocks.oversizedBlocks(r),
                      rules.get(r).maxBlockSize(),
                      blocks.skippedComparisons(r))));
    }
    LinkageModel model =
        given != null
            ? given
            : new ModelTrainer(normaliser, progress).train(table, blocks, LinkageModel.defaults());
    TermFrequencies frequencies = TermFrequencies.of(table);
    double threshold = LinkageModel.weightOf(model.matchThreshold());
    ClusterSets clusters = new ClusterSets(table.size());
    unionExisting(clusters, existingIds);
    List<BlockingRuleReport> reports = new ArrayList<>();
    long scored = 0;
    long linked = 0;
    for (int r = 0; r < rules.size(); r++) {
      List<MatchCollector> collectors =
          blocks.forEachPair(
              r,
              true,
              firstNew,
              1.0,
              () -> new MatchCollector(table, new Scorer(model, frequencies), threshold));
      long ruleScored = 0;
      for (MatchCollector collector : collectors) {
        ruleScored += collector.scored();
        linked += collector.linkCount();
        for (int k = 0; k < collector.linkCount(); k++) {
          clusters.union(collector.linkA(k), collector.linkB(k));
        }
      }
      scored += ruleScored;
      BlockingRule rule = rules.get(r);
      reports.add(
          new BlockingRuleReport(
              rule.name().toLowerCase(),
              rule.description(),
              blocks.comparisons(r),
              blocks.oversizedBlocks(r),
              blocks.skippedComparisons(r),
              ruleScored));
      progress.accept(
          String.format("scored %,d pairs of rule %s", ruleScored, rule.name().toLowerCase()));
    }
    String[] ids = new String[table.size()];
    for (int row = 0; row < ids.length; row++) {
      ids[row] = table.id(row);
    }
    return new DeduplicationResult(
        ids, clusterIds(clusters, existingIds, table.size()), reports, scored, linked, model);
  }

  private static void unionExisting(ClusterSets clusters, long[] existingIds) {
    Map<Long, Integer> firstRow = new HashMap<>();
    for (int row = 0; row < existingIds.length; row++) {
      Integer first = firstRow.putIfAbsent(existingIds[row], row);
      if (first != null) {
        clusters.union(first, row);
      }
    }
  }

  /**
   * Existing components keep their smallest existing id; new ones are numbered after the largest.
   */
  private static long[] clusterIds(ClusterSets clusters, long[] existingIds, int size) {
    long[] idOfRoot = new long[size];
    Arrays.fill(idOfRoot, Long.MAX_VALUE);
    long next = 1;
    for (int row = 0; row < existingIds.length; row++) {
      int root = clusters.find(row);
      idOfRoot[root] = Math.min(idOfRoot[root], existingIds[row]);
      next = Math.max(next, existingIds[row] + 1);
    }
    long[] ids = new long[size];
    for (int row = 0; row < size; row++) {
      int root = clusters.find(row);
      if (idOfRoot[root] == Long.MAX_VALUE) {
        idOfRoot[root] = next++;
      }
      ids[row] = idOfRoot[root];
    }
    return ids;
  }
}
