package org.samakki;

/** The configured database has a setting that can lose acknowledged writes after a crash. */
class DatabaseNotDurableException extends RuntimeException {

  private final String setting;
  private final String value;

  DatabaseNotDurableException(String setting, String value) {
    super(
        "Samakki refuses to start: the database has "
            + setting
            + "="
            + value
            + ", so a crash could lose records that were already confirmed to users (R-01).");
    this.setting = setting;
    this.value = value;
  }

  String setting() {
    return setting;
  }

  String value() {
    return value;
  }
}
