package org.samakki.access.accounts;

/** A value an administrator entered that cannot be accepted; the message key says why. */
public class InvalidAccountException extends RuntimeException {

  private final String messageKey;

  public InvalidAccountException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
