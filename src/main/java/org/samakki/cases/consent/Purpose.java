package org.samakki.cases.consent;

/** What a consent allows: each is given and withdrawn on its own (DP-02). */
public enum Purpose {
  SERVICES,
  REFERRAL,
  DATA_SHARING,
  FOLLOW_UP_CONTACT,
  PHOTO
}
