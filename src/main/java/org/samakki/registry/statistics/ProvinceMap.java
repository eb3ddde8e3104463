package org.samakki.registry.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of Thailand's 77 provinces (from svg-maps, CC BY 4.0, see the README beside the
 * file), shaded by a figure in bands that double four times over, because a few provinces hold most
 * migrant workers and equal steps would leave every other province in the lightest band.
 */
@Component
class ProvinceMap {

  static final String LOCATION = "registry/statistics/thailand-provinces.json";
  static final int BANDS = 5;

  /** The outline of one province as an SVG path in the map's view box. */
  record Outline(String code, String d) {}

  record Outlines(String viewBox, List<Outline> provinces) {}

  /** A province drawn with its figure and band (0: no workers; 1 to 5: light to dark). */
  record Shape(String code, String name, String d, Cell workers, int band) {}

  /** A band of the legend: the figures from {@code from} to {@code to}. */
  record Band(int band, long from, long to) {}

  record Shaded(String viewBox, List<Shape> shapes, List<Band> legend) {}

  private final Outlines outlines;

  ProvinceMap() {
    try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
      this.outlines = JsonMapper.builder().build().readValue(in, Outlines.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the province map", e);
    }
  }

  List<Outline> outlines() {
    return outlines.provinces();
  }

  /**
   * Every province shaded by its cell; a province without a cell has no workers. The bands start at
   * the smallest published count: a suppressed province is drawn in the lightest band.
   */
  Shaded shade(Map<String, Cell> byProvince, Function<String, String> names, int minimum) {
    long max = byProvince.values().stream().mapToLong(Cell::drawn).max().orElse(0);
    List<Band> legend = legend(max, minimum);
    List<Shape> shapes = new ArrayList<>();
    for (Outline outline : outlines.provinces()) {
      Cell cell = byProvince.getOrDefault(outline.code(), new Cell(outline.code(), 0L, false));
      shapes.add(
          new Shape(
              outline.code(), names.apply(outline.code()), outline.d(), cell, band(cell, legend)));
    }
    return new Shaded(outlines.viewBox(), shapes, legend);
  }

  private static int band(Cell cell, List<Band> legend) {
    if (cell.suppressed()) {
      return 1;
    }
    long workers = cell.drawn();
    return legend.stream()
        .filter(b -> workers >= b.from() && workers <= b.to())
        .mapToInt(Band::band)
        .findFirst()
        .orElse(0);
  }

  /** Bands up to 1/256, 1/64, 1/16, 1/4 and all of the largest figure, rounded up. */
  static List<Band> legend(long max, long minimum) {
    List<Band> legend = new ArrayList<>();
    if (max < minimum || max <= 0) {
      return legend;
    }
    long from = Math.max(1, minimum);
    for (int band = 1; band <= BANDS; band++) {
      long to = band == BANDS ? max : Math.max(from, roundUp(max >> (2 * (BANDS - band))));
      if (to >= from) {
        legend.add(new Band(legend.size() + 1, from, to));
        from = to + 1;
      }
      if (from > max) {
        break;
      }
    }
    return legend;
  }

  private static long roundUp(long value) {
    return new BigDecimal(value).round(new MathContext(2, RoundingMode.CEILING)).longValueExact();
  }
}
