package org.samakki.registry.notices;

/** Who a notice is for: the worker, or the employer who must act with them. */
enum Recipient {
  WORKER,
  EMPLOYER
}
