package org.samakki.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.Commands;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry's command line: a status as of a day, the sweep, and the demo file. */
@SpringBootTest
class RegistryCommandsTests {

  @Autowired ApplicationContext context;
  @Autowired Commands commands;
  @Autowired JdbcClient jdbc;
  @TempDir Path folder;
  RegistryFixtures fixtures;
  Agency office;
  final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() {
    fixtures = new RegistryFixtures(context);
    office = new TestAccounts(context).agency(AgencyType.GOVERNMENT);
  }

  @Test
  void statusPrintsTheStatusReasonsAndNextDeadlineAsJson() {
    RegistryFixtures.Row worker =
        RegistryFixtures.worker()
            .with("work_permit_start", "2023-03-01")
            .with("contract_start", "2023-03-01")
            .with("health_check_date", "2023-03-01")
            .with("work_permit_end", "2025-02-28")
            .with("contract_end", "2025-02-28")
            .with("stay_permit_end", "2025-02-28")
            .with("social_security_end", "2025-02-28");
    fixtures.load(folder, office.id(), worker);
    int code =
        run(
            "registry",
            "status",
            "--document-number",
            worker.get("document_number"),
            "--as-of",
            "2023-03-01");
    assertThat(code).isZero();
    assertThat(printed())
        .contains("\"status\":\"REGULAR\"")
        .contains("\"reasons\":[]")
        .contains("\"nextDeadline\":\"2025-02-28\"");
    output.reset();
    run(
        "registry",
        "status",
        "--document-number",
        worker.get("document_number"),
        "--as-of",
        "2568-06-01");
    assertThat(printed())
        .contains("\"asOf\":\"2025-06-01\"")
        .contains("\"status\":\"IRREGULAR\"")
        .contains("WORK_PERMIT_EXPIRED");
    output.reset();
    assertThat(run("registry", "status", "--document-number", "NOBODY123", "--as-of", "2026-01-01"))
        .isNotZero();
    assertThat(printed())
        .contains("No worker has a document numbered NOBODY123")
        .doesNotContain("Exception");
  }

  @Test
  void theSweepChangesOnlyWorkersWhoseStatusChangedByThatDay() {
    String end = LocalDate.now().plusDays(100).toString();
    RegistryFixtures.Row worker =
        RegistryFixtures.worker()
            .with("work_permit_end", end)
            .with("contract_end", end)
            .with("stay_permit_end", end)
            .with("social_security_end", end);
    fixtures.load(folder, office.id(), worker);
    long id = fixtures.personId(worker.get("document_number"));
    assertThat(status(id)).isEqualTo("REGULAR");
    String day = LocalDate.now().plusDays(20).toString();
    assertThat(run("registry", "sweep", "--as-of", day)).isZero();
    assertThat(status(id)).isEqualTo("EXPIRING");
    output.reset();
    run("registry", "sweep", "--as-of", day);
    assertThat(printed()).contains("0 changed status");
  }

  @Test
  void demoGenerateWritesAnImportFileWithTheNationalitiesOfTheRegister() throws Exception {
    Path file = folder.resolve("demo.csv");
    assertThat(run("demo", "generate", "--workers", "3000", "--csv", file.toString())).isZero();
    List<CSVRecord> rows;
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(reader)
              .getRecords();
    }
    assertThat(rows.size()).isBetween(3000, 9000);
    long myanmar = rows.stream().filter(r -> r.get("nationality").equals("MMR")).count();
    assertThat((double) myanmar / rows.size()).isBetween(0.6, 0.85);
    assertThat(
            rows.stream()
                .map(r -> r.get("workplace_subdistrict_code").substring(0, 2))
                .filter("74"::equals)
                .count())
        .as("Samut Sakhon is where most migrants work")
        .isGreaterThan(rows.size() / 10);
    assertThat(rows.stream().filter(r -> !r.get("name_native").isEmpty()).count()).isPositive();
  }

  private int run(String... args) {
    return commands.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return output.toString(StandardCharsets.UTF_8);
  }

  private String status(long id) {
    return jdbc.sql("select status from registry.worker_status where person_id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
