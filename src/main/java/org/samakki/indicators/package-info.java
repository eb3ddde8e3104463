/**
 * The results framework shared by the UN network and its partners: indicators, reporting periods,
 * disaggregated values, reports and the annual key figures, computed from the other modules' public
 * read views with small cells suppressed.
 */
@ApplicationModule(
    displayName = "Indicators",
    allowedDependencies = {
      "registry",
      "cases",
      "referrals",
      "surveys",
      "health",
      "geo",
      "forms",
      "access",
      "audit"
    })
package org.samakki.indicators;

import org.springframework.modulith.ApplicationModule;
