package org.samakki.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.CommandArguments;

class LinkageCommandLineTests {

  @TempDir static Path folder;
  static Path labelled;

  @BeforeAll
  static void generateALabelledFile() throws Exception {
    labelled = folder.resolve("people.csv");
    run("generate", "--records", "4000", "--output", labelled.toString(), "--seed", "11");
  }

  static String run(String task, String... words) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    CommandArguments arguments = new CommandArguments(List.of(words));
    int code =
        switch (task) {
          case "generate" -> LinkageTasks.generate(arguments, out);
          case "dedupe" -> LinkageTasks.dedupe(arguments, out);
          default -> LinkageTasks.evaluate(arguments, out);
        };
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void evaluationOfALabelledFileReachesAnF1OfAtLeast095() throws Exception {
    String output = run("evaluate", "--input", labelled.toString());
    System.out.println(output);
    String f1 = output.replaceAll("(?s).*f1=([0-9.]+).*", "$1");
    assertThat(Double.parseDouble(f1)).isGreaterThanOrEqualTo(0.95);
  }
}
