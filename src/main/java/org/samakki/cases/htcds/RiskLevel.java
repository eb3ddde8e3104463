package org.samakki.cases.htcds;

/** The level of risk a risk assessment found. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH
}
