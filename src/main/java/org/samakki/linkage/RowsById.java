package org.samakki.linkage;

/** Finds a table row by record id: open addressing over row numbers, no boxed entries. */
final class RowsById {

  private final RecordTable table;
  private int[] slots;
  private int size;

  RowsById(RecordTable table, int expected) {
    this.table = table;
    slots = new int[Integer.highestOneBit(Math.max(16, expected * 2)) << 1];
  }

  /** The row of an id, or -1. */
  int get(String id) {
    int mask = slots.length - 1;
    for (int slot = spread(id) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int row = slots[slot] - 1;
      if (row >= 0 && table.id(row).equals(id)) {
        return row;
      }
    }
    return -1;
  }

  void put(String id, int row) {
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int slot = spread(id) & mask;
    while (slots[slot] != 0) {
      int existing = slots[slot] - 1;
      if (existing >= 0 && table.id(existing).equals(id)) {
        slots[slot] = row + 1;
        return;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = row + 1;
    size++;
  }

  /** Forgets an id; its slot keeps a tombstone so that later ids stay reachable. */
  void remove(String id) {
    int mask = slots.length - 1;
    for (int slot = spread(id) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int row = slots[slot] - 1;
      if (row >= 0 && table.id(row).equals(id)) {
        slots[slot] = -1;
        return;
      }
    }
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    size = 0;
    for (int value : old) {
      if (value > 0) {
        int mask = slots.length - 1;
        int slot = spread(table.id(value - 1)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = value;
        size++;
      }
    }
  }

  private static int spread(String id) {
    int h = id.hashCode();
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
