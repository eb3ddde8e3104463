package org.samakki.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvinceMapTests {

  final ProvinceMap map = new ProvinceMap();

  @Test
  void theMapHasTheOutlineOfEachOfThe77Provinces() {
    assertThat(map.outlines()).hasSize(77);
    assertThat(map.outlines())
        .extracting(ProvinceMap.Outline::code)
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[1-9]\\d"))
        .contains("10", "63", "74", "85", "96");
    assertThat(map.outlines()).allMatch(o -> o.d().startsWith("M") && o.d().endsWith("Z"));
  }

  @Test
  void provincesAreShadedInBandsThatGrowFourfold() {
    assertThat(ProvinceMap.legend(100_000, 5))
        .containsExactly(
            new ProvinceMap.Band(1, 5, 390),
            new ProvinceMap.Band(2, 391, 1_600),
            new ProvinceMap.Band(3, 1_601, 6_300),
            new ProvinceMap.Band(4, 6_301, 25_000),
            new ProvinceMap.Band(5, 25_001, 100_000));
    assertThat(ProvinceMap.legend(0, 5)).isEmpty();
    assertThat(ProvinceMap.legend(4, 5)).isEmpty();
    assertThat(ProvinceMap.legend(7, 5))
        .containsExactly(
            new ProvinceMap.Band(1, 5, 5),
            new ProvinceMap.Band(2, 6, 6),
            new ProvinceMap.Band(3, 7, 7));
  }

  @Test
  void aProvinceWithoutWorkersIsInBandZeroAndASuppressedOneInTheLightestBand() {
    ProvinceMap.Shaded shaded =
        map.shade(
            Map.of("74", new Cell("74", 100_000L, false), "63", new Cell("63", null, true)),
            code -> "P" + code,
            5);
    assertThat(shaded.shapes()).hasSize(77);
    assertThat(band(shaded, "74")).isEqualTo(5);
    assertThat(band(shaded, "63")).isEqualTo(1);
    assertThat(band(shaded, "10")).isZero();
    assertThat(shaded.shapes())
        .filteredOn(s -> s.code().equals("10"))
        .first()
        .extracting(ProvinceMap.Shape::name)
        .isEqualTo("P10");
  }

  private static int band(ProvinceMap.Shaded shaded, String code) {
    return shaded.shapes().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow()
        .band();
  }
}
