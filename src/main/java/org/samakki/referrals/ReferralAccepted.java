package org.samakki.referrals;

import java.util.UUID;

/**
 * A receiving agency accepted a referral; for a transfer, the case's module hands the case over to
 * that agency and the user who accepted it.
 */
public record ReferralAccepted(
    UUID referralId, UUID caseId, boolean transfer, UUID toAgencyId, UUID acceptedBy) {}
