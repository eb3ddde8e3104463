package org.samakki.registry.bench;

import java.util.Arrays;
import java.util.Locale;

/** Response times of many calls, in milliseconds, and their percentiles. */
final class Latencies {

  private final double[] millis;

  Latencies(double[] millis) {
    this.millis = millis.clone();
    Arrays.sort(this.millis);
  }

  double percentile(double p) {
    if (millis.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
    return millis[Math.max(0, Math.min(millis.length - 1, index))];
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
        millis.length,
        percentile(50),
        percentile(95),
        percentile(99),
        millis.length == 0 ? Double.NaN : millis[millis.length - 1]);
  }
}
