package org.samakki.registry.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A notice the planner puts in the outbox: for whom, by which channel, before which deadline. */
record QueuedNotice(
    Recipient recipient,
    long personId,
    Long employerId,
    Channel channel,
    String address,
    LocalDate deadline,
    int leadDays,
    List<Topic> topics,
    Letter letter) {

  QueuedNotice {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(letter, "letter");
    topics = List.copyOf(topics);
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("A notice needs an address");
    }
    address = address.strip();
  }

  /** E-mail has a subject; a text message has none. */
  String subject() {
    return channel == Channel.EMAIL ? letter.subject() : null;
  }
}
