/**
 * Thailand's administrative areas (77 provinces, 928 districts, 7,436 subdistricts) with DOPA
 * codes, OCHA P-codes and Thai and English names, plus the code lists shared by every form: a
 * lookup API and a typeahead that other modules' forms embed.
 */
@ApplicationModule(
    displayName = "Geography",
    allowedDependencies = {})
package org.samakki.geo;

import org.springframework.modulith.ApplicationModule;
