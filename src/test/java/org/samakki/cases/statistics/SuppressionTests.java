package org.samakki.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samakki.registry.PersonDirectory;

/**
 * Small cells are suppressed, and a second cell with them where the cells add up to a published
 * total, so that no count from 1 to 4 can be worked out by subtraction.
 */
class SuppressionTests {

  final NrmStatistics statistics = new NrmStatistics(null, null, null, null, null, 5);

  @Test
  void countsFromOneToFourAreSuppressedAndZeroIsShown() {
    assertThat(statistics.cell("A", 0)).isEqualTo(new Cell("A", 0L, false));
    assertThat(statistics.cell("A", 1).suppressed()).isTrue();
    assertThat(statistics.cell("A", 4).suppressed()).isTrue();
    assertThat(statistics.cell("A", 5)).isEqualTo(new Cell("A", 5L, false));
    assertThat(statistics.cell("A", 3).shown(5)).isEqualTo("<5");
  }

  @Test
  void aLoneSuppressedCellTakesTheSmallestOtherCellWithIt() {
    Map<String, Long> bySex = new LinkedHashMap<>();
    bySex.put("F", 40L);
    bySex.put("M", 12L);
    bySex.put("X", 2L);
    bySex.put("UNKNOWN", 0L);

    List<Cell> cells = statistics.cells(bySex, true);

    assertThat(cells)
        .containsExactly(
            new Cell("F", 40L, false),
            Cell.suppressed("M"),
            Cell.suppressed("X"),
            new Cell("UNKNOWN", 0L, false));
    assertThat(statistics.cells(bySex, false))
        .as("no total to subtract from")
        .contains(new Cell("M", 12L, false));
  }

  @Test
  void twoSuppressedCellsOrNoneNeedNoMore() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("MMR", 30L);
    counts.put("KHM", 3L);
    counts.put("LAO", 2L);
    assertThat(statistics.cells(counts, true))
        .containsExactly(
            new Cell("MMR", 30L, false), Cell.suppressed("KHM"), Cell.suppressed("LAO"));
    counts.put("KHM", 8L);
    counts.put("LAO", 0L);
    assertThat(statistics.cells(counts, true)).noneMatch(Cell::suppressed);
  }

  @Test
  void ageBandsAndTheMedianWait() {
    LocalDate on = LocalDate.of(2026, 3, 1);
    assertThat(NrmStatistics.ageBand(new PersonDirectory.AggregateFacts("MMR", "F", 2010), on))
        .isEqualTo("0-17");
    assertThat(NrmStatistics.ageBand(new PersonDirectory.AggregateFacts("MMR", "F", 1990), on))
        .isEqualTo("35-49");
    assertThat(NrmStatistics.ageBand(new PersonDirectory.AggregateFacts("MMR", "F", null), on))
        .isEqualTo("UNKNOWN");
    assertThat(
            NrmStatistics.medianHours(
                List.of(Duration.ofHours(1), Duration.ofHours(30), Duration.ofHours(5))))
        .isEqualTo(5.0);
    assertThat(NrmStatistics.medianHours(List.of(Duration.ofHours(2), Duration.ofHours(3))))
        .isEqualTo(2.5);
  }
}
