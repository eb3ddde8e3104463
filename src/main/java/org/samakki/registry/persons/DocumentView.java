package org.samakki.registry.persons;

import java.time.LocalDate;
import org.samakki.access.PolicyResource;

/** An identity document as the policy's {@code document} resource shows it. */
@PolicyResource("document")
public record DocumentView(
    String id,
    String type,
    String number,
    String issuer,
    LocalDate issuedOn,
    LocalDate expiresOn) {}
