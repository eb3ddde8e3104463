package org.samakki.registry.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.samakki.registry.importing.ImportSummary;

/** The generated register the sweep and search benchmarks share, loaded once through the import. */
final class Register {

  static final long SEED = 11;

  private Register() {}

  static void ensure(BenchRegistry registry, int workers, PrintStream out) throws Exception {
    Path file = registry.register(workers, SEED);
    if (registry.loaded(file)) {
      out.printf(Locale.ROOT, "Register of %,d workers already loaded%n", workers);
      return;
    }
    long started = System.nanoTime();
    ImportSummary summary = registry.load(file);
    double seconds = BenchRegistry.seconds(started);
    out.printf(
        Locale.ROOT,
        "Loaded the register: %,d rows (%,d loaded) in %.0f s = %,.0f rows/s%n",
        summary.rowsRead(),
        summary.loaded(),
        seconds,
        summary.rowsRead() / seconds);
  }
}
