package org.samakki.cases.consent;

/**
 * What a case's data are processed for: managing the case itself, and the purposes a person may
 * consent to one by one.
 */
public enum ProcessingPurpose {
  CASE_MANAGEMENT,
  SERVICES,
  REFERRAL,
  DATA_SHARING,
  FOLLOW_UP_CONTACT,
  PHOTO;

  /** The purpose of processing that a consent for this purpose gives a basis to. */
  public static ProcessingPurpose of(Purpose consented) {
    return valueOf(consented.name());
  }
}
