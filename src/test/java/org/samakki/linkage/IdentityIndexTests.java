package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.samakki.linkage.Records.person;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityIndexTests {

  IdentityIndex index;

  @BeforeEach
  void knownPeople() {
    // four people are too few for term frequencies: each name would be a quarter of everyone
    index =
        new IdentityIndex(LinkageModel.defaults().withTermFrequencies(false), new NameNormaliser());
    index.addAll(
        List.of(
                person("p1", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"),
                person("p2", "Khin Myint", "1985-11-02", "F", "MMR", null),
                person("p3", "Sok Dara", "1979-01-20", "M", "KHM", "N1234567"),
                person("p4", "Nguyen Van Nam", "1992-07-07", "M", "VNM", null))
            .iterator());
  }

  @Test
  void aRegistrationInAnotherScriptFindsTheKnownPerson() {
    List<Candidate> candidates =
        index.match(person("new", "อ่อง จ่อ โม", "2533-05-03", "M", "MMR", null), 5, 0.8);
    assertThat(candidates).extracting(Candidate::recordId).containsExactly("p1");
    assertThat(candidates.get(0).probability()).isGreaterThan(0.95);
  }

  @Test
  void aNewPersonGetsNoCandidateAboveTheReviewThreshold() {
    assertThat(index.match(person("new", "Thiri Sandar", "2001-02-03", "F", "MMR", null), 5, 0.8))
        .isEmpty();
  }

  @Test
  void theExplanationAddsUpToTheMatchWeight() {
    Candidate candidate =
        index.match(person("new", "Daw Khin Myint", "1985-11-02", "F", "MMR", null), 1).get(0);
    Explanation explanation = candidate.explanation();
    double sum =
        explanation.priorWeight()
            + explanation.fields().stream().mapToDouble(FieldWeight::weight).sum();
    assertThat(sum).isCloseTo(candidate.matchWeight(), offset(1e-9));
    assertThat(explanation.fields())
        .extracting(FieldWeight::field)
        .contains("name", "birth_date", "document");
    FieldWeight name = explanation.fields().get(0);
    assertThat(name.level()).isEqualTo("exact");
    assertThat(name.leftValue()).isEqualTo("kin myin");
    assertThat(name.rightValue()).isEqualTo("kin myin");
  }

  @Test
  void aPhoneWrittenWithTheCountryCodeIsTheSamePhone() {
    index.add(
        new PersonRecord(
            "p5",
            List.of(new NameForm("Mya Mya", NameKind.FULL)),
            Sex.FEMALE,
            null,
            "MMR",
            null,
            "+66 81 234 5678",
            "63"));
    Candidate candidate =
        index
            .match(
                new PersonRecord(
                    "new",
                    List.of(new NameForm("Ma Mya Mya", NameKind.FULL)),
                    Sex.FEMALE,
                    null,
                    "MMR",
                    null,
                    "081-234-5678",
                    "63"),
                1)
            .get(0);
    FieldWeight phone =
        candidate.explanation().fields().stream()
            .filter(f -> f.field().equals("phone"))
            .findFirst()
            .orElseThrow();
    assertThat(phone.level()).isEqualTo("same");
    assertThat(phone.leftValue()).isEqualTo("0812345678");
    assertThat(phone.rightValue()).isEqualTo("0812345678");
  }

  @Test
  void aRemovedPersonIsNoLongerACandidate() {
    assertThat(index.remove("p3")).isTrue();
    assertThat(index.remove("p3")).isFalse();
    assertThat(index.match(person("new", "Sok Dara", "1979-01-20", "M", "KHM", "N1234567"), 5))
        .isEmpty();
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  void addingAPersonWithAKnownIdReplacesThem() {
    index.add(person("p4", "Tran Thi Lan", "1995-03-03", "F", "VNM", null));
    assertThat(index.size()).isEqualTo(4);
    assertThat(index.match(person("new", "Nguyen Van Nam", "1992-07-07", "M", "VNM", null), 5, 0.5))
        .isEmpty();
    assertThat(index.match(person("new", "Tran Thi Lan", "1995-03-03", "F", "VNM", null), 5, 0.5))
        .extracting(Candidate::recordId)
        .containsExactly("p4");
  }

  @Test
  void aPersonLookedUpByTheirOwnIdIsNotTheirOwnCandidate() {
    assertThat(index.match(person("p1", "Aung Kyaw Moe", "1990-05-03", "M", "MMR", "MA123456"), 5))
        .isEmpty();
  }
}
