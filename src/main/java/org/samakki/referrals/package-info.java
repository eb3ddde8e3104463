/**
 * The directory of service providers and the referrals and transfers of cases between agencies,
 * each bound to consent or a recorded override, so that a receiving agency sees only what was
 * shared with it.
 */
@ApplicationModule(
    displayName = "Referrals",
    allowedDependencies = {"registry", "geo", "access", "audit"})
package org.samakki.referrals;

import org.springframework.modulith.ApplicationModule;
