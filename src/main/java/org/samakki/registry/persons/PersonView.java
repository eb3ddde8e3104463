package org.samakki.registry.persons;

import java.time.Instant;
import org.samakki.access.PolicyResource;

/** A person of the registry as the policy's {@code person} resource shows them. */
@PolicyResource("person")
public record PersonView(
    String id,
    String personRef,
    String honorific,
    String givenName,
    String familyName,
    String nameNative,
    String nativeScript,
    String sex,
    String birthDate,
    String nationality,
    String phone,
    String email,
    String language,
    String areaCode,
    String ownerAgencyName,
    Instant createdAt,
    Instant updatedAt) {}
