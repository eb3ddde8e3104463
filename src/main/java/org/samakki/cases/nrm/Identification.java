package org.samakki.cases.nrm;

/** The multidisciplinary team's decision at the identification interview. */
public enum Identification {
  VICTIM,
  NOT_VICTIM,
  OTHER_VULNERABLE
}
