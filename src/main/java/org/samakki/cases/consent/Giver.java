package org.samakki.cases.consent;

/**
 * Who gave the consent: the person, their guardian, or, for a child without a guardian who can act
 * for them, a recorded best-interest decision.
 */
public enum Giver {
  PERSON,
  GUARDIAN,
  BEST_INTEREST_DECISION
}
