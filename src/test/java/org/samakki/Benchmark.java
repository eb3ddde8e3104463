package org.samakki;

import java.io.PrintStream;

/**
 * A performance measurement run with {@code ./bench <name> [options]} on real volumes. It ends with
 * one line {@code RESULT name=<bench> value=<number> unit=<unit> ratio=<number or ->}, the ratio
 * against a baseline measured in the same run.
 */
public interface Benchmark {

  String name();

  String summary();

  void run(CommandArguments arguments, PrintStream out) throws Exception;

  /** The final line every benchmark prints. */
  static String result(String name, double value, String unit, Double ratio) {
    return String.format(
        java.util.Locale.ROOT,
        "RESULT name=%s value=%.3f unit=%s ratio=%s",
        name,
        value,
        unit,
        ratio == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", ratio));
  }
}
