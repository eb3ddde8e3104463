package org.samakki.registry.persons;

import org.samakki.access.PolicyResource;

/** An employer as the policy's {@code employer} resource shows it. */
@PolicyResource("employer")
public record EmployerView(
    String id,
    String employerRef,
    String name,
    String kind,
    String sector,
    String contactEmail,
    String contactPhone,
    int workers) {}
