package org.samakki.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkageModelTests {

  @Test
  void aModelSurvivesAJsonRoundTrip() {
    LinkageModel model =
        LinkageModel.defaults().withMatchThreshold(0.87).withTermFrequencies(false);
    LinkageModel back = LinkageModel.fromJson(model.toJson());
    assertThat(back.lambda()).isEqualTo(model.lambda());
    assertThat(back.matchThreshold()).isEqualTo(0.87);
    assertThat(back.termFrequencies()).isFalse();
    assertThat(back.closeThreshold()).isEqualTo(model.closeThreshold());
    for (Field field : Field.values()) {
      for (int level = 1; level < field.levels().size(); level++) {
        assertThat(back.m(field, level)).isEqualTo(model.m(field, level));
        assertThat(back.u(field, level)).isEqualTo(model.u(field, level));
      }
    }
    assertThat(back.toJson()).isEqualTo(model.toJson());
  }

  @Test
  void theDocumentNamesFieldsLevelsAndWeightsForReview() {
    String json = LinkageModel.defaults().toJson();
    assertThat(json)
        .contains(
            "\"format\" : \"samakki-linkage-model\"",
            "\"version\" : 1",
            "\"name\" : \"birth_date\"");
    assertThat(json).contains("\"label\" : \"day and month swapped\"", "\"weight\"", "\"lambda\"");
  }

  @Test
  void aDocumentThatIsNotAModelIsRefused() {
    assertThatThrownBy(() -> LinkageModel.fromJson("{}"))
        .hasMessageContaining("Not a linkage model");
    assertThatThrownBy(() -> LinkageModel.fromJson("not json"))
        .hasMessageContaining("Not a linkage model");
    String otherVersion =
        LinkageModel.defaults().toJson().replace("\"version\" : 1", "\"version\" : 9");
    assertThatThrownBy(() -> LinkageModel.fromJson(otherVersion)).hasMessageContaining("version 9");
    String badLevel =
        LinkageModel.defaults().toJson().replace("\"day and month swapped\"", "\"swapped\"");
    assertThatThrownBy(() -> LinkageModel.fromJson(badLevel))
        .hasMessageContaining("birth_date level 2");
  }

  @Test
  void weightIsTheLogBayesFactorAndProbabilityFollowsFromIt() {
    LinkageModel model = LinkageModel.defaults();
    double m = model.m(Field.SEX, 1);
    double u = model.u(Field.SEX, 1);
    assertThat(model.weight(Field.SEX, 1))
        .isCloseTo(Math.log(m / u) / Math.log(2), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(LinkageModel.probability(0)).isEqualTo(0.5);
    assertThat(LinkageModel.probability(LinkageModel.weightOf(0.9)))
        .isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
  }
}
