package org.samakki.registry.statuses;

import org.samakki.registry.status.Timeline;

/** A worker's derived timeline with the facts worklists filter on. */
public record DerivedWorker(
    long personId,
    Timeline timeline,
    String subdistrict,
    Long employerId,
    String sector,
    String nationality,
    String channel) {

  public String provinceCode() {
    return subdistrict == null ? null : subdistrict.substring(0, 2);
  }

  public String districtCode() {
    return subdistrict == null ? null : subdistrict.substring(0, 4);
  }
}
