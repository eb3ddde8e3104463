package org.samakki.cases.htcds;

/** Who a risk assessment found at risk. */
public enum AtRisk {
  PERSON,
  FAMILY
}
