package org.samakki.cases.htcds;

/** Who recruited the person, as HTCDS records the recruiter's relation to the victim. */
public enum RecruiterType {
  FAMILY_MEMBER,
  FRIEND_OR_ACQUAINTANCE,
  INTIMATE_PARTNER,
  BROKER_OR_AGENT,
  RECRUITMENT_AGENCY,
  EMPLOYER,
  STRANGER,
  OTHER
}
