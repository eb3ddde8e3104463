package org.samakki.registry.statistics;

/**
 * One published figure: the number of workers with this key, or no number when the count is too
 * small to publish without singling someone out ({@code suppressed}; shown as “&lt;5”).
 */
public record Cell(String key, Long workers, boolean suppressed) {

  public Cell {
    if (suppressed == (workers != null)) {
      throw new IllegalArgumentException("A cell has a number unless it is suppressed");
    }
  }

  /** The number to draw: a suppressed cell draws as nothing rather than as a guess. */
  public long drawn() {
    return workers == null ? 0 : workers;
  }
}
