/**
 * Cross-border packages for return and reintegration: the shared sections of a case and chosen
 * attachments, zipped and encrypted for the counterpart in the country of origin with a fresh
 * AES-256-GCM key wrapped by the counterpart’s RSA-OAEP public key; and the way to open one.
 */
package org.samakki.cases.crossborder;
