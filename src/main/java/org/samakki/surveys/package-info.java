/**
 * OpenRosa endpoints for offline collection with ODK Collect or KoboCollect, submissions, DTM flow
 * monitoring at border points, mobility tracking by key informants and multi-sectoral needs
 * assessments.
 */
@ApplicationModule(
    displayName = "Field data",
    allowedDependencies = {"forms", "geo", "registry", "access", "audit"})
package org.samakki.surveys;

import org.springframework.modulith.ApplicationModule;
