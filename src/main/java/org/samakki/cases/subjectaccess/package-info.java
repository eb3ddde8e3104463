/**
 * Subject access (DP-09): one person’s complete record and its access history as one JSON document
 * for the data protection officer who answers the request.
 */
package org.samakki.cases.subjectaccess;
