package org.samakki.audit;

import java.util.Optional;

/**
 * Where an audited action happens: the actor, their purpose, their address and the request. The
 * access module provides it for web requests; without it, actions are recorded as the system's.
 */
public interface AuditContext {

  AuditActor actor();

  Optional<String> purpose();

  /** The data-sharing agreement an API client acts under (DP-17). */
  Optional<String> agreement();

  Optional<String> clientAddress();

  Optional<String> requestId();
}
