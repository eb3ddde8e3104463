/**
 * The work of migrant health volunteers: outreach sessions, community event-based surveillance
 * signals (triaged, verified, escalated), health referrals and health insurance enrolment.
 */
@ApplicationModule(
    displayName = "Migrant health",
    allowedDependencies = {"registry", "referrals", "geo", "access", "audit"})
package org.samakki.health;

import org.springframework.modulith.ApplicationModule;
