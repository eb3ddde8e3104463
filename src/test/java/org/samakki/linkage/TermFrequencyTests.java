package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samakki.linkage.Records.person;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermFrequencyTests {

  static double exactNameWeight(IdentityIndex index, PersonRecord probe) {
    Candidate best = index.match(probe, 1).get(0);
    return best.explanation().fields().stream()
        .filter(f -> f.field().equals("name"))
        .findFirst()
        .orElseThrow()
        .weight();
  }

  @Test
  void anExactMatchOnACommonNameWeighsLessThanOnARareOne() {
    IdentityIndex index = new IdentityIndex(LinkageModel.defaults(), new NameNormaliser());
    List<PersonRecord> people = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      people.add(person("common" + i, "Aung Aung", null, "M", "MMR", null));
    }
    for (int i = 0; i < 200; i++) {
      people.add(
          person(
              "other" + i,
              "Person Number" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
              null,
              "M",
              "MMR",
              null));
    }
    people.add(person("rare", "Thiri Sandar Phyu", null, "F", "MMR", null));
    index.addAll(people.iterator());
    double common = exactNameWeight(index, person("q1", "AUNG AUNG", null, "M", "MMR", null));
    double rare = exactNameWeight(index, person("q2", "Thiri Sandar Phyu", null, "F", "MMR", null));
    assertThat(common).isLessThan(rare - 5);
  }

  @Test
  void withoutTermFrequenciesEveryExactNameWeighsTheSame() {
    IdentityIndex index =
        new IdentityIndex(LinkageModel.defaults().withTermFrequencies(false), new NameNormaliser());
    for (int i = 0; i < 50; i++) {
      index.add(person("common" + i, "Aung Aung", null, "M", "MMR", null));
    }
    index.add(person("rare", "Thiri Sandar Phyu", null, "F", "MMR", null));
    double common = exactNameWeight(index, person("q1", "Aung Aung", null, "M", "MMR", null));
    double rare = exactNameWeight(index, person("q2", "Thiri Sandar Phyu", null, "F", "MMR", null));
    assertThat(common).isEqualTo(rare);
  }
}
