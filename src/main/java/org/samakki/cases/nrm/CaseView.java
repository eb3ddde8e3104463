package org.samakki.cases.nrm;

import java.time.Instant;
import java.time.LocalDate;
import org.samakki.access.PolicyResource;

/** A protection case as the policy's {@code protection-case} resource shows it. */
@PolicyResource("protection-case")
public record CaseView(
    String id,
    String caseRef,
    String personId,
    String caseType,
    String stage,
    boolean highlySensitive,
    boolean child,
    Instant openedAt,
    LocalDate protectionStartedOn,
    LocalDate protectionDeadline,
    String identification,
    String identifiedBy,
    LocalDate identifiedOn,
    String closureReason,
    boolean restricted,
    String narrative,
    String health,
    String immigrationStatus) {}
