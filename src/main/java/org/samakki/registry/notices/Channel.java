package org.samakki.registry.notices;

/** How a notice reaches its reader. */
enum Channel {
  EMAIL,
  SMS
}
