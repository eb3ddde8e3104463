package org.samakki.cases.screening;

import java.util.Set;

/**
 * What the indicators suggest, for the multidisciplinary team to decide: the Palermo Protocol's
 * act, means and purpose (for a child, the act and the purpose are enough), or forced labour when
 * two or more of the ILO indicators are present.
 */
public enum Outcome {
  LIKELY_TRAFFICKING_VICTIM,
  FORCED_LABOUR_INDICATED,
  OTHER_VULNERABLE_MIGRANT,
  NO_INDICATORS;

  public static Outcome suggest(Set<Indicator> found, boolean child) {
    if (found.isEmpty()) {
      return NO_INDICATORS;
    }
    boolean act = has(found, Indicator.Element.ACT);
    boolean means = has(found, Indicator.Element.MEANS);
    boolean purpose = has(found, Indicator.Element.PURPOSE);
    if (act && purpose && (means || child)) {
      return LIKELY_TRAFFICKING_VICTIM;
    }
    long forcedLabour =
        found.stream().filter(i -> i.element() == Indicator.Element.FORCED_LABOUR).count();
    return forcedLabour >= 2 ? FORCED_LABOUR_INDICATED : OTHER_VULNERABLE_MIGRANT;
  }

  private static boolean has(Set<Indicator> found, Indicator.Element element) {
    return found.stream().anyMatch(i -> i.element() == element);
  }
}
