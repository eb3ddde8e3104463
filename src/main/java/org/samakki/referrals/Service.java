package org.samakki.referrals;

/** The protection services a provider offers and a referral asks for. */
public enum Service {
  SHELTER,
  MEDICAL,
  MENTAL_HEALTH,
  LEGAL_AID,
  INTERPRETATION,
  EDUCATION,
  LIVELIHOODS,
  COMPENSATION,
  FAMILY_TRACING,
  RETURN_AND_REINTEGRATION
}
