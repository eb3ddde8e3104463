package org.samakki.registry.importing;

/** A file that cannot be imported at all (not CSV, no header, a required column missing). */
public class ImportFileException extends RuntimeException {

  private final String messageKey;
  private final String detail;

  public ImportFileException(String messageKey, String detail) {
    super(messageKey + ": " + detail);
    this.messageKey = messageKey;
    this.detail = detail;
  }

  public String messageKey() {
    return messageKey;
  }

  public String detail() {
    return detail;
  }
}
