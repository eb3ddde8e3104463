/**
 * The migrant-worker registry: persons, identity documents, employers and workplaces, registration
 * schemes, registrations, entitlements with validity periods, employment episodes, and the status
 * engine that derives each worker's legal status as of any date and sees deviations before they
 * happen.
 */
@ApplicationModule(
    displayName = "Registry",
    allowedDependencies = {"linkage", "linkage :: synthetic", "geo", "access", "audit"})
package org.samakki.registry;

import org.springframework.modulith.ApplicationModule;
