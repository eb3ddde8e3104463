package org.samakki.geo;

/** A code that names no province, district or subdistrict. */
public class UnknownAreaException extends RuntimeException {

  private final String code;

  public UnknownAreaException(String code) {
    super("No administrative area has the code " + code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
