package org.samakki.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The economic sectors migrant workers are registered in. */
public enum Sector {
  AGRICULTURE,
  FISHING,
  SEAFOOD_PROCESSING,
  MANUFACTURING,
  CONSTRUCTION,
  DOMESTIC_WORK,
  HOSPITALITY,
  SERVICES,
  TRADE;

  /** Reads a sector as import files write it: any case, spaces or dashes for underscores. */
  public static Optional<Sector> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String code = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
  }
}
