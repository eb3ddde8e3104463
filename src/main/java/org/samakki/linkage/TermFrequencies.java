package org.samakki.linkage;

/**
 * How many records carry each name (order-insensitive), so that an exact match on a common name
 * ("Aung Aung", "Nguyen Van Nam") counts for less than one on a rare name, as Splink's
 * term-frequency adjustment does. Not synchronised: the batch builds it before scoring, and the
 * identity index changes it only under its write lock.
 */
final class TermFrequencies {

  private final LongIntMap counts;
  private long records;

  TermFrequencies(int expected) {
    counts = new LongIntMap(expected);
  }

  static TermFrequencies of(RecordTable table) {
    TermFrequencies frequencies = new TermFrequencies(table.size());
    for (int row = 0; row < table.size(); row++) {
      frequencies.add(table, row, 1);
    }
    return frequencies;
  }

  void add(RecordTable table, int row, int delta) {
    records += delta;
    for (int n = table.nameFrom(row); n < table.nameFrom(row) + table.nameCount(row); n++) {
      counts.add(table.nameHash(n), delta);
    }
  }

  /** The share of records that carry this name, at least one record's worth. */
  double frequency(long nameHash) {
    long total = Math.max(1, records);
    return Math.max(1, counts.get(nameHash)) / (double) total;
  }

  long records() {
    return records;
  }
}
