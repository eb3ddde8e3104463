/**
 * A generator of synthetic migrant populations with the spelling, script and document habits of
 * real registers, so that benchmarks, demonstrations and tests never need real people.
 */
@NamedInterface("synthetic")
package org.samakki.linkage.synthetic;

import org.springframework.modulith.NamedInterface;
