package org.samakki.registry.notices;

import java.time.LocalDate;
import java.util.Objects;

/** A notice claimed from the outbox for one attempt at delivery. */
record Notice(
    long id,
    long personId,
    Recipient recipient,
    Channel channel,
    String address,
    String language,
    LocalDate deadline,
    String subject,
    String body,
    int attempts) {

  Notice {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(body, "body");
  }
}
