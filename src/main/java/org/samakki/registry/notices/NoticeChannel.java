package org.samakki.registry.notices;

import java.util.Optional;

/** A way of delivering notices, such as e-mail, that a deployment may or may not have set up. */
interface NoticeChannel {

  Channel channel();

  /** Why this channel cannot deliver now (it is not configured), or empty when it can. */
  Optional<String> unavailable();

  /**
   * Delivers one notice and returns the provider's id for it.
   *
   * @throws Exception when it was not delivered; {@link Failure} tells whether to try again
   */
  String deliver(Notice notice) throws Exception;
}
