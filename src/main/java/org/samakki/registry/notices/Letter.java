package org.samakki.registry.notices;

import java.util.Objects;

/** A notice as its reader gets it: the languages it is in, an e-mail and a text message. */
record Letter(String language, String subject, String body, String sms) {

  Letter {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sms, "sms");
  }

  String text(Channel channel) {
    return channel == Channel.EMAIL ? body : sms;
  }
}
