package org.samakki.cases.statistics;

/**
 * One published figure: a count with its key, or no count when it is too small to publish without
 * singling someone out, or when it would let a suppressed cell be worked out from a total.
 */
public record Cell(String key, Long count, boolean suppressed) {

  public Cell {
    if (suppressed == (count != null)) {
      throw new IllegalArgumentException("A cell has a count unless it is suppressed");
    }
  }

  static Cell suppressed(String key) {
    return new Cell(key, null, true);
  }

  /** The text to show: the count, or “&lt;5” when suppressed. */
  public String shown(int minimum) {
    return suppressed ? "<" + minimum : Long.toString(count);
  }
}
