package org.samakki.linkage;

import java.util.Arrays;

/**
 * The rows filed under each blocking key of one rule, as linked lists in two int arrays (newest
 * first) behind a primitive hash map: millions of keys without an object per key or per row.
 */
final class Postings {

  private final LongIntMap heads;
  private int[] rows;
  private int[] next;
  private int size;

  Postings(int expected) {
    heads = new LongIntMap(expected);
    rows = new int[Math.max(16, expected)];
    next = new int[Math.max(16, expected)];
  }

  void add(long key, int row) {
    if (size == rows.length) {
      int capacity = size + size / 2 + 16;
      rows = Arrays.copyOf(rows, capacity);
      next = Arrays.copyOf(next, capacity);
    }
    rows[size] = row;
    next[size] = heads.get(key) - 1;
    heads.put(key, size + 1);
    size++;
  }

  /** The first entry filed under a key, or -1. */
  int first(long key) {
    return heads.get(key) - 1;
  }

  int row(int entry) {
    return rows[entry];
  }

  /** The entry after this one under the same key, or -1. */
  int next(int entry) {
    return next[entry];
  }

  long bytes() {
    return (long) rows.length * 8 + heads.size() * 24L;
  }
}
