package org.samakki.linkage;

/**
 * A cheap rule that puts records sharing a key into one block; only pairs inside a block are
 * scored. The union of the rules is scored, each pair once. A block larger than the rule's limit (a
 * placeholder document number typed by many, a very common name without a birth date) is skipped
 * and reported, because scoring it would cost more than it could find.
 */
enum BlockingRule {
  DOCUMENT("same document number", 1_000),
  NAME_AND_BIRTH_YEAR("same name key and birth year", 2_000),
  BIRTH_DATE_AND_NAME_TOKEN("same full birth date and one phonetic name token", 2_000),
  JOINED_NAME_AND_BIRTH_YEAR("same name written without spaces and birth year", 2_000),
  NAME_SEX_AND_NATIONALITY("same name key, sex and nationality", 300),
  PHONETIC_NAME_SEX_AND_NATIONALITY(
      "same phonetic codes of all name tokens, sex and nationality", 300),
  PHONE("same phone number", 500);

  /** No record has more keys under one rule than this. */
  static final int MAX_KEYS = 64;

  private final String description;
  private final int maxBlockSize;

  BlockingRule(String description, int maxBlockSize) {
    this.description = description;
    this.maxBlockSize = maxBlockSize;
  }

  String description() {
    return description;
  }

  int maxBlockSize() {
    return maxBlockSize;
  }

  /** Writes the record's keys under this rule into {@code out} and returns how many. */
  int keys(RecordTable table, int row, long[] out, StringBuilder scratch) {
    long seed = Hashing.mix(ordinal() + 1L);
    int count = 0;
    int birth = table.birth(row);
    int year = birth / 10000;
    int from = table.nameFrom(row);
    int to = from + table.nameCount(row);
    switch (this) {
      case DOCUMENT -> {
        for (int d = table.docFrom(row); d < table.docFrom(row) + table.docCount(row); d++) {
          long key = Hashing.combine(seed, table.docFamily(d));
          key = Hashing.combine(key, table.docHigh(d));
          count = put(out, count, Hashing.combine(key, table.docLow(d)));
        }
      }
      case NAME_AND_BIRTH_YEAR -> {
        if (year > 0) {
          for (int n = from; n < to; n++) {
            count =
                put(out, count, Hashing.combine(Hashing.combine(seed, table.nameHash(n)), year));
          }
        }
      }
      case BIRTH_DATE_AND_NAME_TOKEN -> {
        if (birth % 100 > 0) {
          long dated = Hashing.combine(seed, birth);
          for (int n = from; n < to; n++) {
            for (int t = table.tokenFrom(n); t < table.tokenFrom(n) + table.tokenCount(n); t++) {
              long phonetic = table.tokens.phoneticHash(table.token(t));
              count = put(out, count, Hashing.combine(dated, phonetic));
            }
          }
        }
      }
      case JOINED_NAME_AND_BIRTH_YEAR -> {
        if (year > 0) {
          for (int n = from; n < to; n++) {
            scratch.setLength(0);
            for (int t = table.tokenFrom(n); t < table.tokenFrom(n) + table.tokenCount(n); t++) {
              scratch.append(table.tokens.token(table.token(t)));
            }
            count =
                put(out, count, Hashing.combine(Hashing.combine(seed, Hashing.of(scratch)), year));
          }
        }
      }
      case NAME_SEX_AND_NATIONALITY -> {
        long group = Hashing.combine(Hashing.combine(seed, table.sex(row)), table.nationality(row));
        for (int n = from; n < to; n++) {
          count = put(out, count, Hashing.combine(group, table.nameHash(n)));
        }
      }
      case PHONETIC_NAME_SEX_AND_NATIONALITY -> {
        long group = Hashing.combine(Hashing.combine(seed, table.sex(row)), table.nationality(row));
        for (int n = from; n < to; n++) {
          long sum = table.tokenCount(n);
          for (int t = table.tokenFrom(n); t < table.tokenFrom(n) + table.tokenCount(n); t++) {
            sum += Hashing.mix(table.tokens.phoneticHash(table.token(t)));
          }
          count = put(out, count, Hashing.combine(group, sum));
        }
      }
      case PHONE -> {
        if (table.phone(row) != 0) {
          count = put(out, count, Hashing.combine(seed, table.phone(row)));
        }
      }
    }
    return count;
  }

  /** Adds a key unless the record already has it. */
  private static int put(long[] out, int count, long key) {
    if (count == MAX_KEYS) {
      return count;
    }
    for (int k = 0; k < count; k++) {
      if (out[k] == key) {
        return count;
      }
    }
    out[count] = key;
    return count + 1;
  }
}
