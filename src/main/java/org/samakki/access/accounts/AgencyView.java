package org.samakki.access.accounts;

import java.time.Instant;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.access.PolicyResource;

/** An agency as the policy's {@code agency} resource shows it. */
@PolicyResource("agency")
public record AgencyView(
    UUID id,
    String code,
    String name,
    AgencyType type,
    boolean active,
    Instant createdAt,
    int userCount) {}
