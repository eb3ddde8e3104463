package org.samakki.registry.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samakki.linkage.Explanation;
import org.samakki.linkage.FieldWeight;

/**
 * The explanation of a match as a waterfall: the prior weight, then each field's weight added in
 * turn, ending at the total whose probability the reviewer reads. Computed here so that the page
 * only places shapes (no script, nothing for the Content-Security-Policy to refuse).
 */
public record Waterfall(
    List<Step> steps, int zeroX, int height, double matchWeight, double probability) {

  public static final int WIDTH = 760;
  static final int LABEL = 200;
  static final int ROW = 26;
  static final int MARGIN = 60;

  /**
   * One bar: a field (or the prior, or the total), the comparison level reached, its weight, and
   * where it runs on the drawing; {@code kind} is up, down, prior or total.
   */
  public record Step(
      String field,
      String level,
      double weight,
      String leftValue,
      String rightValue,
      String kind,
      int x,
      int width,
      int y) {

    /** The weight as the page prints it, signed, in bits. */
    public String signed() {
      return String.format(Locale.ROOT, "%+.1f", weight);
    }

    /** The comparison level as a message key ("same tokens reordered": same-tokens-reordered). */
    public String levelKey() {
      return level.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Where the weight is written: beside the end the bar grew to. */
    public int labelX() {
      return "down".equals(kind) ? x - 4 : x + width + 4;
    }

    public String anchor() {
      return "down".equals(kind) ? "end" : "start";
    }
  }

  /** The drawing's width in its own units. */
  public int width() {
    return WIDTH;
  }

  /** The probability as a percentage with one decimal. */
  public String percent() {
    return String.format(Locale.ROOT, "%.1f", probability * 100);
  }

  static Waterfall of(Explanation explanation) {
    List<double[]> spans = new ArrayList<>();
    double running = explanation.priorWeight();
    spans.add(new double[] {0, running});
    for (FieldWeight f : explanation.fields()) {
      spans.add(new double[] {running, running + f.weight()});
      running += f.weight();
    }
    spans.add(new double[] {0, explanation.matchWeight()});
    double min = 0;
    double max = 0;
    for (double[] s : spans) {
      min = Math.min(min, Math.min(s[0], s[1]));
      max = Math.max(max, Math.max(s[0], s[1]));
    }
    double span = Math.max(1, max - min);
    double scale = (WIDTH - LABEL - 2 * MARGIN) / span;
    int zero = LABEL + MARGIN + (int) Math.round(-min * scale);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      double[] s = spans.get(i);
      int from = LABEL + MARGIN + (int) Math.round((Math.min(s[0], s[1]) - min) * scale);
      int to = LABEL + MARGIN + (int) Math.round((Math.max(s[0], s[1]) - min) * scale);
      int y = 8 + i * ROW;
      int width = Math.max(2, to - from);
      if (i == 0) {
        steps.add(
            new Step("prior", "", explanation.priorWeight(), null, null, "prior", from, width, y));
      } else if (i == spans.size() - 1) {
        steps.add(
            new Step("total", "", explanation.matchWeight(), null, null, "total", from, width, y));
      } else {
        FieldWeight f = explanation.fields().get(i - 1);
        steps.add(
            new Step(
                f.field(),
                f.level(),
                f.weight(),
                f.leftValue(),
                f.rightValue(),
                f.weight() >= 0 ? "up" : "down",
                from,
                width,
                y));
      }
    }
    return new Waterfall(
        steps, zero, 16 + spans.size() * ROW, explanation.matchWeight(), explanation.probability());
  }
}
