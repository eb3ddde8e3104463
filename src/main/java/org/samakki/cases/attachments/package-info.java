/**
 * Documents and photos of a protection case: type checked from the content against an allow-list,
 * size-limited, photo metadata (GPS) removed, sealed with the case key and kept outside the web
 * root; every download audited.
 */
package org.samakki.cases.attachments;
