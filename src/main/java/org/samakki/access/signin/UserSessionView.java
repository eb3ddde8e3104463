package org.samakki.access.signin;

import java.time.Instant;
import org.samakki.access.PolicyResource;

/** A signed-in session as administrators see it; the session's secret id is never shown. */
@PolicyResource("user-session")
public record UserSessionView(
    String id,
    String username,
    String agencyName,
    String clientAddress,
    Instant createdAt,
    Instant lastSeenAt) {}
