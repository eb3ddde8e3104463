package org.samakki.cases.consent;

/** To whom a consent allows sharing: a kind of agency, or any. */
public enum RecipientType {
  GOVERNMENT,
  UN_AGENCY,
  NGO,
  COMMUNITY_ORGANISATION,
  ANY
}
