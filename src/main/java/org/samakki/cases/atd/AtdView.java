package org.samakki.cases.atd;

import java.util.List;
import org.samakki.access.PolicyResource;

/**
 * The alternatives to detention of one child's case as a reader sees them: the best-interests
 * assessments, the placements and the follow-up visits; fields the reader's role may not read are
 * left out.
 */
@PolicyResource("detention-alternative")
public record AtdView(
    String caseId,
    List<DetentionAlternatives.Assessment> assessments,
    List<DetentionAlternatives.Placement> placements,
    List<DetentionAlternatives.Visit> visits) {}
