package org.samakki.linkage;

import java.util.List;

/**
 * A field two records are compared on, with its comparison levels from best to worst; level 0 means
 * one of the records has no value, which counts neither for nor against a match.
 */
public enum Field {
  NAME(
      "name",
      "no value",
      "exact",
      "same tokens reordered",
      "close",
      "token subset",
      "similar",
      "different"),
  BIRTH_DATE(
      "birth_date",
      "no value",
      "exact",
      "day and month swapped",
      "same year and month",
      "same year",
      "same year, another day",
      "year within two, same day",
      "different"),
  SEX("sex", "no value", "same", "different"),
  NATIONALITY("nationality", "no value", "same", "different"),
  DOCUMENT("document", "no value", "same number", "one character apart", "different"),
  PHONE("phone", "no value", "same", "different"),
  PROVINCE("province", "no value", "same", "different");

  private final String key;
  private final List<String> levels;

  Field(String key, String... levels) {
    this.key = key;
    this.levels = List.of(levels);
  }

  /** The field's name in the model document and explanations. */
  public String key() {
    return key;
  }

  /** The labels of the levels, index 0 being "no value". */
  public List<String> levels() {
    return levels;
  }

  /** The field with this key. */
  public static Field byKey(String key) {
    for (Field field : values()) {
      if (field.key.equals(key)) {
        return field;
      }
    }
    throw new IllegalArgumentException("Unknown field: " + key);
  }
}
