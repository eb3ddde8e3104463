package org.samakki.access;

/**
 * A record that does not exist or that the actor may not see: both answer 404, so that a record's
 * existence does not leak to those who may not see it.
 */
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String resource, String recordId) {
    super("No " + resource + " " + recordId + " for this user");
  }
}
