package org.samakki.cases.nrm;

/** The profession a member brings to the multidisciplinary team of an identification interview. */
public enum TeamRole {
  POLICE,
  SOCIAL_WORKER,
  PSYCHOLOGIST,
  LABOUR_INSPECTOR,
  IMMIGRATION_OFFICER,
  PROSECUTOR,
  MEDICAL,
  NGO_WORKER,
  INTERPRETER,
  OTHER
}
