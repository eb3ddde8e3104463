package org.samakki.registry.statistics;

/** A statistics filter that names no province code or no ISO nationality: a bad request. */
public class BadFilterException extends IllegalArgumentException {

  public BadFilterException(String message) {
    super(message);
  }
}
