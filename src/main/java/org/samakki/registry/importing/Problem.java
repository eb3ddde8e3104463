package org.samakki.registry.importing;

/**
 * Why a row was rejected: the column, a reason code (message key {@code import.problem.<code>}) and
 * the value found, cut short so that the report stays readable.
 */
public record Problem(String column, String code, String value) {

  static final int MAX_VALUE = 60;

  public Problem {
    value =
        value == null
            ? ""
            : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
  }

  /** As stored with the rejected row: {@code code|column|value}. */
  String encoded() {
    return code + "|" + column + "|" + value;
  }

  static Problem decode(String text) {
    String[] parts = text.split("\\|", 3);
    return new Problem(
        parts.length > 1 ? parts[1] : "", parts[0], parts.length > 2 ? parts[2] : "");
  }
}
