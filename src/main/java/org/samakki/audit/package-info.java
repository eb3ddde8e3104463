/**
 * The tamper-evident memory of who did what to which record. It keeps an append-only, hash- chained
 * trail of every view, search, change, export and sign-in, written in the same transaction as the
 * action it records, holding record ids and field names but never the values, so that a data
 * protection officer can answer “who saw this person's file” years later.
 */
@ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {})
package org.samakki.audit;

import org.springframework.modulith.ApplicationModule;
