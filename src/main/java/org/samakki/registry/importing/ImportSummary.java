package org.samakki.registry.importing;

import java.util.UUID;

/** Where an import stands: rows read so far of the total, loaded, already present, rejected. */
public record ImportSummary(
    UUID id,
    String fileName,
    int totalRows,
    int rowsRead,
    int loaded,
    int alreadyLoaded,
    int rejected,
    boolean done) {

  public int percent() {
    return totalRows == 0 ? (done ? 100 : 0) : Math.min(100, rowsRead * 100 / totalRows);
  }
}
