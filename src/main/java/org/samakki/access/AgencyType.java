package org.samakki.access;

/** The kind of organisation an agency is; government and UN agencies must use a second factor. */
public enum AgencyType {
  GOVERNMENT,
  UN_AGENCY,
  NGO,
  COMMUNITY_ORGANISATION
}
