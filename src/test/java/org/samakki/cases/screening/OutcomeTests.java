package org.samakki.cases.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samakki.cases.screening.Indicator.ACT_RECRUITMENT_OR_TRANSPORT;
import static org.samakki.cases.screening.Indicator.DEBT_BONDAGE;
import static org.samakki.cases.screening.Indicator.MEANS_FRAUD_OR_DECEPTION;
import static org.samakki.cases.screening.Indicator.PURPOSE_EXPLOITATION;
import static org.samakki.cases.screening.Indicator.RETENTION_OF_IDENTITY_DOCUMENTS;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outcome a screening suggests, rule by rule. */
class OutcomeTests {

  @Test
  void actMeansAndPurposeSuggestAVictimOfTrafficking() {
    assertThat(
            Outcome.suggest(
                Set.of(
                    ACT_RECRUITMENT_OR_TRANSPORT, MEANS_FRAUD_OR_DECEPTION, PURPOSE_EXPLOITATION),
                false))
        .isEqualTo(Outcome.LIKELY_TRAFFICKING_VICTIM);
  }

  @Test
  void forAChildTheActAndThePurposeAreEnough() {
    Set<Indicator> found = Set.of(ACT_RECRUITMENT_OR_TRANSPORT, PURPOSE_EXPLOITATION);
    assertThat(Outcome.suggest(found, true)).isEqualTo(Outcome.LIKELY_TRAFFICKING_VICTIM);
    assertThat(Outcome.suggest(found, false)).isEqualTo(Outcome.OTHER_VULNERABLE_MIGRANT);
  }

  @Test
  void twoIndicatorsOfForcedLabourSuggestForcedLabour() {
    assertThat(Outcome.suggest(Set.of(DEBT_BONDAGE, RETENTION_OF_IDENTITY_DOCUMENTS), false))
        .isEqualTo(Outcome.FORCED_LABOUR_INDICATED);
    assertThat(Outcome.suggest(Set.of(DEBT_BONDAGE), false))
        .isEqualTo(Outcome.OTHER_VULNERABLE_MIGRANT);
  }

  @Test
  void nothingFoundSuggestsNothing() {
    assertThat(Outcome.suggest(Set.of(), true)).isEqualTo(Outcome.NO_INDICATORS);
  }
}
