package org.samakki.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.Command;
import org.samakki.CommandArguments;

class LinkageCommandLineTests {

  @TempDir static Path folder;
  static Path labelled;

  @BeforeAll
  static void generateALabelledFile() throws Exception {
    labelled = folder.resolve("people.csv");
    String output =
        run(
            new GenerateCommand(),
            "--records",
            "4000",
            "--output",
            labelled.toString(),
            "--seed",
            "11");
    assertThat(output).contains("wrote 4,000 records");
  }

  static String run(Command command, String... words) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = command.run(new CommandArguments(List.of(words)), out);
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static Path file(String name, String content) throws Exception {
    Path path = folder.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void evaluationOfALabelledFileReachesAnF1OfAtLeast095() throws Exception {
    String output = run(new EvaluateCommand(), "--input", labelled.toString());
    double f1 = Double.parseDouble(output.replaceAll("(?s).*f1=([0-9.]+).*", "$1"));
    assertThat(f1).isGreaterThanOrEqualTo(0.95);
    assertThat(output)
        .containsPattern("RESULT records=4000 pairs_scored=\\d+ seconds=[0-9.]+ peak_heap_mb=\\d+");
  }

  @Test
  void dedupeWritesAClusterIdForEveryRecordAndCanReuseASavedModel() throws Exception {
    Path output = folder.resolve("clusters.csv");
    Path model = folder.resolve("model.json");
    String log =
        run(
            new DedupeCommand(),
            "--input",
            labelled.toString(),
            "--output",
            output.toString(),
            "--save-model",
            model.toString());
    assertThat(log).contains("blocking rule document", "training:", "RESULT records=4000");
    List<String> lines = Files.readAllLines(output);
    assertThat(lines.get(0)).isEqualTo("record_id,cluster_id");
    assertThat(lines).hasSize(4001);
    assertThat(Files.readString(model)).contains("samakki-linkage-model");
    Path again = folder.resolve("again.csv");
    String second =
        run(
            new DedupeCommand(),
            "--input",
            labelled.toString(),
            "--output",
            again.toString(),
            "--model",
            model.toString());
    assertThat(second).doesNotContain("training:");
    assertThat(Files.readAllLines(again)).isEqualTo(lines);
  }

  @Test
  void aBadRowIsReportedAndSkippedNotFatal() throws Exception {
    Path input =
        file(
            "bad-rows.csv",
            "record_id,full_name,birth_date,nationality\n"
                + "r1,Aung Kyaw Moe,1990-05-03,MMR\n"
                + "r2,Khin Myint,1990-02-30,MMR\n"
                + "r3,,1990-05-03,MMR\n"
                + "r4,Sok Dara,2522,KHM\n");
    Path output = folder.resolve("bad-rows-out.csv");
    String log =
        run(new DedupeCommand(), "--input", input.toString(), "--output", output.toString());
    assertThat(log)
        .contains(
            "skipped line 2: record r2: bad birth_date: No day 30 in 1990-02",
            "skipped line 3: record r3 has no name",
            "2 bad rows skipped");
    assertThat(Files.readAllLines(output)).hasSize(3);
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedInOneLine() throws Exception {
    Path noId = file("no-id.csv", "full_name\nAung\n");
    Path noName = file("no-name.csv", "record_id,sex\nr1,M\n");
    Path output = folder.resolve("out.csv");
    assertThatThrownBy(
            () ->
                run(new DedupeCommand(), "--input", noId.toString(), "--output", output.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("has no record_id column");
    assertThatThrownBy(
            () ->
                run(
                    new DedupeCommand(),
                    "--input",
                    noName.toString(),
                    "--output",
                    output.toString()))
        .hasMessageContaining("needs a name column");
    assertThatThrownBy(
            () ->
                run(
                    new DedupeCommand(),
                    "--input",
                    folder.resolve("missing.csv").toString(),
                    "--output",
                    output.toString()))
        .hasMessageStartingWith("Cannot read input file");
    assertThatThrownBy(() -> run(new EvaluateCommand(), "--input", noName.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> run(new GenerateCommand(), "--records", "many", "--output", output.toString()))
        .hasMessageContaining("--records needs a whole number");
  }

  @Test
  void aFileSavedBySpreadsheetSoftwareWithAByteOrderMarkIsRead() throws Exception {
    Path input = file("bom.csv", "\uFEFFrecord_id,full_name\nr1,Aung Kyaw Moe\nr2,AUNG KYAW MO\n");
    Path output = folder.resolve("bom-out.csv");
    run(
        new DedupeCommand(),
        "--input",
        input.toString(),
        "--output",
        output.toString(),
        "--model",
        model().toString());
    assertThat(Files.readAllLines(output)).hasSize(3);
  }

  /** The default model saved to a file, for runs too small to train on. */
  static Path model() throws Exception {
    return file("default-model.json", org.samakki.linkage.LinkageModel.defaults().toJson());
  }

  @Test
  void aFileWithOnlyAHeaderGivesAnEmptyResult() throws Exception {
    Path input = file("empty.csv", "record_id,full_name\n");
    Path output = folder.resolve("empty-out.csv");
    String log =
        run(new DedupeCommand(), "--input", input.toString(), "--output", output.toString());
    assertThat(log).contains("RESULT records=0 pairs_scored=0");
    assertThat(Files.readAllLines(output)).containsExactly("record_id,cluster_id");
  }

  @Test
  void evaluationNeedsTrueIds() throws Exception {
    Path input = file("unlabelled.csv", "record_id,full_name\nr1,Aung\n");
    assertThatThrownBy(() -> run(new EvaluateCommand(), "--input", input.toString()))
        .hasMessageContaining("no true_id column");
  }

  @Test
  void aModelFileThatIsNotAModelIsRefused() throws Exception {
    Path model = file("not-a-model.json", "{\"hello\": 1}");
    assertThatThrownBy(
            () ->
                run(
                    new DedupeCommand(),
                    "--input",
                    labelled.toString(),
                    "--output",
                    folder.resolve("x.csv").toString(),
                    "--model",
                    model.toString()))
        .hasMessageContaining("Not a linkage model");
  }
}
