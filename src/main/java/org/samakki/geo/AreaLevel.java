package org.samakki.geo;

/** The three levels of Thai local administration, each with a DOPA code of its own length. */
public enum AreaLevel {
  PROVINCE(2),
  DISTRICT(4),
  SUBDISTRICT(6);

  private final int codeLength;

  AreaLevel(int codeLength) {
    this.codeLength = codeLength;
  }

  public int codeLength() {
    return codeLength;
  }

  /** The level a DOPA code of this length belongs to. */
  public static AreaLevel ofCode(String code) {
    for (AreaLevel level : values()) {
      if (level.codeLength == code.length()) {
        return level;
      }
    }
    throw new IllegalArgumentException("Not a DOPA area code: " + code);
  }
}
