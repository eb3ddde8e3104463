package org.samakki.linkage.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samakki.CommandArguments;
import org.samakki.linkage.synthetic.SyntheticPopulation;

/**
 * What the linkage commands do: deduplicate a CSV file, evaluate against true ids, generate data.
 */
final class LinkageTasks {

  private LinkageTasks() {}

  static int dedupe(CommandArguments arguments, PrintStream out) throws IOException {
    Path input = Path.of(arguments.required("input"));
    Path output = Path.of(arguments.required("output"));
    Path model = arguments.option("model").map(Path::of).orElse(null);
    DedupeRun run = DedupeRun.of(input, model, false, out);
    arguments.option("save-model").map(Path::of).ifPresent(run::saveModel);
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setHeader("record_id", "cluster_id").get())) {
      for (int i = 0; i < run.result.size(); i++) {
        printer.printRecord(run.result.recordId(i), run.result.clusterId(i));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot write " + output + ": " + e.getMessage());
    }
    if (run.badRows > 0) {
      out.printf("%,d bad rows skipped%n", run.badRows);
    }
    out.println(run.resultLine());
    return 0;
  }

  static int evaluate(CommandArguments arguments, PrintStream out) {
    Path input = Path.of(arguments.required("input"));
    Path model = arguments.option("model").map(Path::of).orElse(null);
    DedupeRun run = DedupeRun.of(input, model, true, out);
    arguments.option("save-model").map(Path::of).ifPresent(run::saveModel);
    double[] scores = run.evaluate();
    out.printf(
        Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f%n", scores[0], scores[1], scores[2]);
    out.println(run.resultLine());
    return 0;
  }

  static int generate(CommandArguments arguments, PrintStream out) throws IOException {
    int records = positive(arguments.required("records"), "--records");
    Path output = Path.of(arguments.required("output"));
    long seed = arguments.option("seed").map(s -> (long) positive(s, "--seed")).orElse(1L);
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      new SyntheticPopulation(seed).writeCsv(records, writer);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot write " + output + ": " + e.getMessage());
    }
    out.printf("wrote %,d records to %s%n", records, output);
    return 0;
  }

  private static int positive(String text, String option) {
    try {
      int value = Integer.parseInt(text.strip().replace("_", ""));
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
    }
  }
}
