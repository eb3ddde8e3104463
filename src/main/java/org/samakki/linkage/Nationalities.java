package org.samakki.linkage;

import java.util.ArrayList;
import java.util.List;

/** ISO alpha-3 nationality codes as small numbers (0 means not recorded), shared process-wide. */
final class Nationalities {

  private static final List<String> CODES =
      new ArrayList<>(List.of("", "MMR", "KHM", "LAO", "VNM", "THA"));

  private Nationalities() {}

  static synchronized byte code(String nationality) {
    if (nationality == null) {
      return 0;
    }
    int index = CODES.indexOf(nationality);
    if (index < 0) {
      if (CODES.size() >= 127) {
        return 127;
      }
      CODES.add(nationality);
      index = CODES.size() - 1;
    }
    return (byte) index;
  }

  static synchronized String name(int code) {
    return code < CODES.size() ? CODES.get(code) : "other";
  }
}
