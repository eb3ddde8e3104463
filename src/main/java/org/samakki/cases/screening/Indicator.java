package org.samakki.cases.screening;

/**
 * What a screening officer may find: the three elements of trafficking (an act, a means, a purpose
 * of exploitation) and the eleven ILO indicators of forced labour.
 */
public enum Indicator {
  // the act: recruited, transported, transferred, harboured or received
  ACT_RECRUITMENT_OR_TRANSPORT(Element.ACT),
  // the means: threat, force, coercion, abduction, fraud, deception, abuse of power or
  // vulnerability
  MEANS_THREAT_FORCE_OR_COERCION(Element.MEANS),
  MEANS_FRAUD_OR_DECEPTION(Element.MEANS),
  // the purpose: exploitation of any kind
  PURPOSE_EXPLOITATION(Element.PURPOSE),
  ABUSE_OF_VULNERABILITY(Element.FORCED_LABOUR),
  DECEPTION(Element.FORCED_LABOUR),
  RESTRICTION_OF_MOVEMENT(Element.FORCED_LABOUR),
  ISOLATION(Element.FORCED_LABOUR),
  PHYSICAL_AND_SEXUAL_VIOLENCE(Element.FORCED_LABOUR),
  INTIMIDATION_AND_THREATS(Element.FORCED_LABOUR),
  RETENTION_OF_IDENTITY_DOCUMENTS(Element.FORCED_LABOUR),
  WITHHOLDING_OF_WAGES(Element.FORCED_LABOUR),
  DEBT_BONDAGE(Element.FORCED_LABOUR),
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS(Element.FORCED_LABOUR),
  EXCESSIVE_OVERTIME(Element.FORCED_LABOUR);

  /** Which part of the definitions an indicator belongs to. */
  public enum Element {
    ACT,
    MEANS,
    PURPOSE,
    FORCED_LABOUR
  }

  private final Element element;

  Indicator(Element element) {
    this.element = element;
  }

  public Element element() {
    return element;
  }
}
