package org.samakki.cases.htcds;

/** How the person was kept under control (HTCDS means of control). */
public enum MeansOfControl {
  DEBT_BONDAGE,
  WITHHELD_DOCUMENTS,
  THREATS,
  THREATS_TO_FAMILY,
  PHYSICAL_VIOLENCE,
  SEXUAL_VIOLENCE,
  CONFINEMENT,
  WITHHELD_WAGES,
  ISOLATION,
  SUBSTANCE_ABUSE,
  DECEPTION,
  THREAT_OF_DENUNCIATION,
  OTHER
}
