package org.samakki.linkage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a deduplication: the cluster id of every record (records of one cluster are
 * thought to be one person, to be confirmed by a person, never merged automatically), what each
 * blocking rule cost, how many pairs were scored and linked, and the model used.
 */
public final class DeduplicationResult {

  private final String[] recordIds;
  private final long[] clusterIds;
  private final List<BlockingRuleReport> blockingRules;
  private final long pairsScored;
  private final long pairsLinked;
  private final LinkageModel model;

  DeduplicationResult(
      String[] recordIds,
      long[] clusterIds,
      List<BlockingRuleReport> blockingRules,
      long pairsScored,
      long pairsLinked,
      LinkageModel model) {
    if (recordIds.length != clusterIds.length) {
      throw new IllegalArgumentException("One cluster id per record");
    }
    this.recordIds = recordIds;
    this.clusterIds = clusterIds;
    this.blockingRules = List.copyOf(blockingRules);
    this.pairsScored = pairsScored;
    this.pairsLinked = pairsLinked;
    this.model = model;
  }

  /** The number of records, in input order. */
  public int size() {
    return recordIds.length;
  }

  public String recordId(int index) {
    return recordIds[index];
  }

  public long clusterId(int index) {
    return clusterIds[index];
  }

  /** Record id to cluster id, in input order (for small results: it holds an entry per record). */
  public Map<String, Long> clusters() {
    Map<String, Long> clusters = new LinkedHashMap<>();
    for (int i = 0; i < recordIds.length; i++) {
      clusters.put(recordIds[i], clusterIds[i]);
    }
    return clusters;
  }

  public List<BlockingRuleReport> blockingRules() {
    return blockingRules;
  }

  /** Pairs scored, each once whatever the number of rules that produced it. */
  public long pairsScored() {
    return pairsScored;
  }

  /** Pairs whose match probability reached the model's threshold. */
  public long pairsLinked() {
    return pairsLinked;
  }

  public LinkageModel model() {
    return model;
  }
}
