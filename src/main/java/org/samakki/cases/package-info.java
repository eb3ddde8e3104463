/**
 * Protection case management along the National Referral Mechanism: screening, temporary
 * protection, identification by a multidisciplinary team, consent, case plans, services, follow-up,
 * return and reintegration, closure; and alternatives to detention for children.
 */
@ApplicationModule(
    displayName = "Protection cases",
    allowedDependencies = {"registry", "referrals", "geo", "access", "audit"})
package org.samakki.cases;

import org.springframework.modulith.ApplicationModule;
