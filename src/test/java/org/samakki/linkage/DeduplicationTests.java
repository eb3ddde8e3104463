package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samakki.linkage.Records.person;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicationTests {

  @Test
  void aPairProducedByManyRulesIsScoredOnceAndEachRuleReportsItsCost() {
    List<PersonRecord> records =
        List.of(
            person("a", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"),
            person("b", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"));
    List<String> progress = new ArrayList<>();
    DeduplicationResult result =
        new Deduplication(new NameNormaliser(), progress::add)
            .run(records, LinkageModel.defaults());
    assertThat(result.pairsScored()).isEqualTo(1);
    assertThat(result.blockingRules().stream().filter(r -> r.comparisons() == 1).count())
        .isGreaterThan(3);
    assertThat(result.blockingRules().stream().mapToLong(BlockingRuleReport::pairsScored).sum())
        .isEqualTo(1);
    assertThat(progress).anyMatch(line -> line.startsWith("blocking rule document"));
    assertThat(result.clusterId(0)).isEqualTo(result.clusterId(1));
  }

  @Test
  void recordsThatShareNoBlockingKeyAreNeverCompared() {
    List<PersonRecord> records =
        List.of(
            person("a", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"),
            person("b", "Sok Dara", "1970-01-02", "F", "KHM", "N7654321"));
    DeduplicationResult result =
        new Deduplication(new NameNormaliser()).run(records, LinkageModel.defaults());
    assertThat(result.pairsScored()).isZero();
    assertThat(result.clusterId(0)).isNotEqualTo(result.clusterId(1));
  }

  @Test
  void aModelIsTrainedWhenNoneIsGiven() {
    List<PersonRecord> records = new ArrayList<>();
    new org.samakki.linkage.synthetic.SyntheticPopulation(3)
        .records(3000)
        .forEachRemaining(r -> records.add(r.toPersonRecord()));
    DeduplicationResult result = new Deduplication(new NameNormaliser()).run(records, null);
    assertThat(result.model().toJson()).contains("\"trainingRecords\" : 3000");
    assertThat(result.model().m(Field.DOCUMENT, 1))
        .isNotEqualTo(LinkageModel.defaults().m(Field.DOCUMENT, 1));
  }
}
