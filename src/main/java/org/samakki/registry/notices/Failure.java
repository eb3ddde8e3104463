package org.samakki.registry.notices;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/**
 * Why a delivery failed, told by exception types alone: their messages can quote an address or a
 * server's reply about it, and the outbox and the logs keep no personal data. A failure is
 * permanent when the address itself was refused; anything else is tried again.
 */
record Failure(String description, boolean permanent) {

  private static final int DEPTH = 4;

  static Failure of(Throwable error) {
    List<String> chain = new ArrayList<>();
    boolean permanent = false;
    Throwable cause = error;
    while (cause != null && chain.size() < DEPTH) {
      chain.add(cause.getClass().getSimpleName());
      permanent |= refusesAddress(cause);
      cause = next(cause);
    }
    return new Failure(String.join(" < ", chain), permanent);
  }

  /** The cause, or for a failed send of Spring's the exception of the message that failed. */
  private static Throwable next(Throwable error) {
    Throwable cause = error.getCause();
    if (cause == null && error instanceof MailSendException) {
      cause =
          ((MailSendException) error)
              .getFailedMessages().values().stream().findFirst().orElse(null);
    }
    return cause == error ? null : cause;
  }

  private static boolean refusesAddress(Throwable error) {
    if (error instanceof AddressException || error instanceof MailParseException) {
      return true;
    }
    if (error instanceof SendFailedException) {
      SendFailedException failed = (SendFailedException) error;
      return failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
    }
    return false;
  }
}
