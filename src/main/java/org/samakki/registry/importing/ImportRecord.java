package org.samakki.registry.importing;

import java.time.Instant;
import java.util.UUID;

/** One bulk import as stored: its file, who owns it, how far it got. */
public record ImportRecord(
    UUID id,
    String fileName,
    UUID ownerAgency,
    String status,
    int totalRows,
    int rowsRead,
    int loaded,
    int rejected,
    Instant startedAt,
    Instant finishedAt,
    String failureKey,
    String failureDetail) {

  public boolean running() {
    return status.equals("RUNNING");
  }

  public int percent() {
    return totalRows == 0
        ? (running() ? 0 : 100)
        : Math.min(100, (int) ((long) rowsRead * 100 / totalRows));
  }
}
