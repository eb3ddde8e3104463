package org.samakki.cases.attachments;

import java.time.Instant;
import org.samakki.access.PolicyResource;

/** An attachment as the policy's {@code case-attachment} resource shows it; never its content. */
@PolicyResource("case-attachment")
public record Attachment(
    String id,
    String caseId,
    String fileName,
    String contentType,
    long size,
    String sha256,
    boolean photo,
    Instant uploadedAt) {}
