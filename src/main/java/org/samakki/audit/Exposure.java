package org.samakki.audit;

import java.time.Instant;
import java.util.List;

/**
 * One record touched during a period, for breach investigation (DP-15): which account or accounts
 * touched it, how many times, first and last.
 */
public record Exposure(
    String resourceType,
    String recordId,
    List<String> actors,
    long times,
    Instant first,
    Instant last) {

  public Exposure {
    actors = List.copyOf(actors);
  }
}
