package org.samakki.linkage;

import java.util.Arrays;

/** An open-addressing map from long keys to int counts, without an object per entry. */
final class LongIntMap {

  private static final long EMPTY = 0;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  private static long stored(long key) {
    return key == EMPTY ? 1 : key;
  }

  int get(long key) {
    long k = stored(key);
    for (int slot = (int) Hashing.mix(k) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == k) {
        return values[slot];
      }
      if (keys[slot] == EMPTY) {
        return 0;
      }
    }
  }

  /** Adds to the value of a key (absent keys count as 0) and returns the new value. */
  int add(long key, int delta) {
    long k = stored(key);
    int slot = (int) Hashing.mix(k) & mask;
    while (keys[slot] != EMPTY && keys[slot] != k) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      keys[slot] = k;
      size++;
      values[slot] = delta;
      if (size * 2 > keys.length) {
        grow();
      }
      return delta;
    }
    values[slot] += delta;
    return values[slot];
  }

  /** Sets a key's value. */
  void put(long key, int value) {
    int current = get(key);
    add(key, value - current);
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = (int) Hashing.mix(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
        size++;
      }
    }
    Arrays.fill(oldKeys, 0);
  }
}
