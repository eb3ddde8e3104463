package org.samakki.registry.statistics;

import java.util.List;

/**
 * One chart of the statistics page and the table that says the same for those who cannot see it:
 * rows of labelled cells, one column per series (one series for most charts).
 */
record Chart(String id, String title, String kind, List<String> series, List<Row> rows) {

  /**
   * A labelled row with one cell per series and, for breakdowns of all workers, its share of them
   * (none for a suppressed cell, whose share would give its count away).
   */
  record Row(String key, String label, List<Cell> cells, String share) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  public boolean hasShares() {
    return rows.stream().anyMatch(r -> r.share() != null);
  }

  static String share(Cell cell, Cell total) {
    if (total.suppressed() || total.drawn() == 0) {
      return null;
    }
    return cell.suppressed()
        ? "–"
        : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * cell.drawn() / total.drawn());
  }

  Chart {
    series = List.copyOf(series);
    rows = List.copyOf(rows);
  }

  /**
   * What the chart script draws, as JSON for a data attribute: labels, and for each series its
   * name, the numbers (null where suppressed) and the text to show for each.
   */
  record Data(String kind, List<String> labels, List<Dataset> datasets) {}

  record Dataset(String label, List<Long> values, List<String> shown) {}

  Data data(String suppressedText) {
    List<String> labels = rows.stream().map(Row::label).toList();
    List<Dataset> datasets =
        java.util.stream.IntStream.range(0, series.size())
            .mapToObj(
                i ->
                    new Dataset(
                        series.get(i),
                        rows.stream().map(r -> r.cells().get(i).workers()).toList(),
                        rows.stream().map(r -> shown(r.cells().get(i), suppressedText)).toList()))
            .toList();
    return new Data(kind, labels, datasets);
  }

  static String shown(Cell cell, String suppressedText) {
    return cell.suppressed()
        ? suppressedText
        : String.format(java.util.Locale.ROOT, "%,d", cell.workers());
  }
}
