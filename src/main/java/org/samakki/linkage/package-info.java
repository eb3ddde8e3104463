/**
 * The record-linkage engine that finds one person across many records written in any script of the
 * region: name normalisation and transliteration, blocking, Fellegi-Sunter scoring with
 * explanations, clustering and real-time matching. A pure engine with no dependency on other
 * modules.
 */
@ApplicationModule(
    displayName = "Identity resolution",
    allowedDependencies = {})
package org.samakki.linkage;

import org.springframework.modulith.ApplicationModule;
