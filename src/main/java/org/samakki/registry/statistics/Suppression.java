package org.samakki.registry.statistics;

/**
 * Small-cell suppression: a count from 1 to {@code minimum - 1} is not published, because a figure
 * of 1 to 4 workers of one nationality in one province can point at a person. Zero is published: it
 * says nobody is there.
 */
public record Suppression(int minimum) {

  public Suppression {
    if (minimum < 1) {
      throw new IllegalArgumentException("The smallest published count is at least 1");
    }
  }

  public Cell cell(String key, long workers) {
    return workers > 0 && workers < minimum
        ? new Cell(key, null, true)
        : new Cell(key, workers, false);
  }
}
