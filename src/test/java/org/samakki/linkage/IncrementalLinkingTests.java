package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samakki.linkage.Records.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncrementalLinkingTests {

  final Deduplication deduplication = new Deduplication(new NameNormaliser());

  /** Without term frequencies: in a handful of records every name would count as common. */
  final LinkageModel model = LinkageModel.defaults().withTermFrequencies(false);

  @Test
  void aFirstRunNumbersClustersInInputOrder() {
    DeduplicationResult result =
        deduplication.run(
            List.of(
                person("r1", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"),
                person("r2", "Sok Dara", "1985-01-02", "M", "KHM", "N1234567"),
                person("r3", "အောင်ကျော်မိုး", "2533-05-03", "M", "MMR", "MA123456")),
            model);
    assertThat(result.clusters())
        .containsExactly(Map.entry("r1", 1L), Map.entry("r2", 2L), Map.entry("r3", 1L));
  }

  @Test
  void existingRecordsKeepTheirClusterIdsWhenABatchIsLinked() {
    List<PersonRecord> existing =
        List.of(
            person("e1", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"),
            person("e2", "Sok Dara", "1985-01-02", "M", "KHM", "N1234567"));
    Map<String, Long> clusters = Map.of("e1", 40L, "e2", 17L);
    DeduplicationResult result =
        deduplication.link(
            existing,
            clusters,
            List.of(
                person("n1", "Aung Kyaw Mo", "1990-05-03", "M", "MMR", "MA123456"),
                person("n2", "Nguyen Van Nam", "1979-09-09", "M", "VNM", "C7654321")),
            model);
    assertThat(result.clusters())
        .containsEntry("e1", 40L)
        .containsEntry("e2", 17L)
        .containsEntry("n1", 40L)
        .containsEntry("n2", 41L);
  }

  @Test
  void whenANewRecordJoinsTwoExistingClustersTheSmallerIdSurvives() {
    List<PersonRecord> existing =
        List.of(
            person("e1", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"),
            person("e2", "Kyaw Moe Aung", null, "M", "MMR", "PJ765432"));
    DeduplicationResult result =
        deduplication.link(
            existing,
            Map.of("e1", 9L, "e2", 5L),
            List.of(
                new PersonRecord(
                    "n1",
                    List.of(new NameForm("Aung Kyaw Moe", NameKind.FULL)),
                    Sex.MALE,
                    PartialDate.parse("1990-05-03"),
                    "MMR",
                    List.of(
                        new DocumentNumber(DocumentType.PASSPORT, "MA123456"),
                        new DocumentNumber(DocumentType.PJ_PASSPORT, "PJ765432")),
                    null,
                    null)),
            model);
    assertThat(result.clusters())
        .containsEntry("e1", 5L)
        .containsEntry("e2", 5L)
        .containsEntry("n1", 5L);
  }

  @Test
  void pairsOfTwoExistingRecordsAreNotScoredAgain() {
    List<PersonRecord> existing =
        List.of(
            person("e1", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"),
            person("e2", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"));
    DeduplicationResult result =
        deduplication.link(
            existing,
            Map.of("e1", 1L, "e2", 2L),
            List.of(person("n1", "Sok Dara", null, "F", "KHM", null)),
            model);
    assertThat(result.clusters())
        .containsEntry("e1", 1L)
        .containsEntry("e2", 2L)
        .containsEntry("n1", 3L);
    assertThat(result.pairsScored()).isZero();
  }
}
