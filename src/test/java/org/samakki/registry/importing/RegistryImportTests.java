package org.samakki.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.Samakki;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.audit.AuditActor;
import org.samakki.geo.AdminAreas;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.samakki.registry.demo.DemoWorkers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk import of the Department of Employment's exports: bad rows rejected with every reason, good
 * rows loaded with their statuses, the same rows never twice, and an import killed half-way resumed
 * without loss or duplicates.
 */
@SpringBootTest
class RegistryImportTests {

  static final Path CHILD_LOG = Path.of("target", "import-child.log");

  @Autowired ApplicationContext context;
  @Autowired RegistryImport imports;
  @Autowired ImportHistory history;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired AdminAreas areas;
  @TempDir Path folder;
  RegistryFixtures fixtures;
  Agency agency;

  @BeforeEach
  void setUp() {
    fixtures = new RegistryFixtures(context);
    agency = new TestAccounts(context).agency(AgencyType.GOVERNMENT);
  }

  @Test
  void goodRowsAreLoadedWithTheirStatusAndBadRowsAreRejectedWithEveryReason() {
    Row first = RegistryFixtures.worker();
    Row renewal =
        RegistryFixtures.worker()
            .with("person_ref", first.get("person_ref"))
            .with("document_number", first.get("document_number"))
            .with("employer_ref", first.get("employer_ref"))
            .with("employer_name", first.get("employer_name"))
            .with("contract_start", LocalDate.now().minusMonths(1).toString())
            .with("work_permit_start", LocalDate.now().minusMonths(1).toString());
    Row buddhistEra =
        RegistryFixtures.worker()
            .with("contract_start", "2569-01-15")
            .with("work_permit_start", "2569-01-15")
            .with("health_check_date", "2569-01-10");
    Row badCheckDigit =
        RegistryFixtures.worker()
            .with("document_type", "pink_card")
            .with("document_number", "0-1234-56789-01-3");
    Row unknownSchemeAndSex =
        RegistryFixtures.worker().with("scheme_code", "MOU-XYZ").with("sex", "Z");
    Row badDate = RegistryFixtures.worker().with("work_permit_end", "2026-13-40");
    Row noNationality = RegistryFixtures.worker().with("nationality", "");

    Path file =
        RegistryFixtures.file(
            folder,
            List.of(
                first,
                renewal,
                buddhistEra,
                badCheckDigit,
                unknownSchemeAndSex,
                badDate,
                noNationality));
    UUID id = imports.prepare(file, "export.csv", agency.id(), null);
    ImportSummary summary = imports.run(id, file, actor());

    assertThat(summary.loaded()).isEqualTo(3);
    assertThat(summary.rejected()).isEqualTo(4);
    Map<Integer, List<String>> reasons = new LinkedHashMap<>();
    history.rejections(
        id,
        r ->
            reasons.put(
                r.rowNumber(),
                r.problems().stream().map(p -> p.column() + ":" + p.code()).toList()));
    assertThat(reasons)
        .containsEntry(5, List.of("document_number:checkDigit"))
        .containsEntry(7, List.of("work_permit_end:date"))
        .containsEntry(8, List.of("nationality:required"));
    assertThat(reasons.get(6)).containsExactlyInAnyOrder("sex:sex", "scheme_code:scheme");

    long person = fixtures.personId(first.get("document_number"));
    assertThat(registrations(person)).isEqualTo(2);
    assertThat(status(person)).isEqualTo("REGULAR");
    long other = fixtures.personId(buddhistEra.get("document_number"));
    assertThat(
            jdbc.sql("select work_permit_start from registry.registration where person_id = ?")
                .param(other)
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(status(other)).isNotNull();
  }

  @Test
  void aTitleBeforeTheNameIsKeptApartFromIt() {
    Row row =
        RegistryFixtures.worker()
            .with("given_name", "U Aung Kyaw")
            .with("name_native", "ဦးအောင်ကျော်");
    fixtures.load(folder, agency.id(), row);
    Map<String, Object> person =
        jdbc.sql(
                "select honorific, given_name, name_native from registry.person p"
                    + " join registry.document d on d.person_id = p.id where d.number = ?")
            .param(row.get("document_number"))
            .query()
            .singleRow();
    assertThat(person)
        .containsEntry("honorific", "U")
        .containsEntry("given_name", "Aung Kyaw")
        .containsEntry("name_native", "အောင်ကျော်");
  }

  @Test
  void theSameRowsNeverLoadTwiceWhicheverFileBringsThem() {
    Row a = RegistryFixtures.worker();
    Row b = RegistryFixtures.worker();
    Path file = RegistryFixtures.file(folder, List.of(a, b));
    UUID id = imports.prepare(file, "a.csv", agency.id(), null);
    assertThat(imports.run(id, file, actor()).loaded()).isEqualTo(2);
    long before = count("registry.registration");

    UUID again = imports.prepare(file, "a-again.csv", agency.id(), null);
    assertThat(again).isEqualTo(id);
    imports.run(again, file, actor());
    assertThat(count("registry.registration")).isEqualTo(before);

    Row c = RegistryFixtures.worker();
    Path bigger = RegistryFixtures.file(folder, List.of(b, a, c));
    UUID third = imports.prepare(bigger, "a-plus-one.csv", agency.id(), null);
    ImportSummary summary = imports.run(third, bigger, actor());
    assertThat(summary.loaded()).isEqualTo(1);
    assertThat(summary.alreadyLoaded()).isEqualTo(2);
    assertThat(count("registry.registration")).isEqualTo(before + 1);
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWithTheReason() throws Exception {
    Path latin1 = folder.resolve("latin1.csv");
    Files.write(
        latin1,
        "given_name,nationality,document_type,document_number,scheme_code\nJos\u00e9,MMR,passport,MA1234567,MOU-MMR\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    UUID id = imports.prepare(latin1, "latin1.csv", agency.id(), null);
    assertThatThrownBy(() -> imports.run(id, latin1, actor()))
        .isInstanceOfSatisfying(
            ImportFileException.class,
            e -> assertThat(e.messageKey()).isEqualTo("import.file.unreadable"));
    assertThat(history.find(id).orElseThrow().status()).isEqualTo("FAILED");

    Path columns = folder.resolve("columns.csv");
    Files.writeString(columns, "given_name,nationality\nAung,MMR\n");
    UUID second = imports.prepare(columns, "columns.csv", agency.id(), null);
    assertThatThrownBy(() -> imports.run(second, columns, actor()))
        .isInstanceOfSatisfying(
            ImportFileException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("import.file.columns");
              assertThat(e.detail()).contains("document_type", "document_number", "scheme_code");
            });
    assertThat(history.find(second).orElseThrow().failureKey()).isEqualTo("import.file.columns");
  }

  @Test
  void anImportKilledHalfWayResumesWithoutLosingOrDuplicatingRows() throws Exception {
    String name = "killed-" + System.nanoTime() + ".csv";
    Path file = folder.resolve(name);
    int rows;
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      rows = new DemoWorkers(areas, LocalDate.now(), System.nanoTime()).writeCsv(4000, writer);
    }
    Process child = importInAnotherJvm(file);
    UUID id = null;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline) {
        id =
            jdbc.sql("select id from registry.import where file_name = ?")
                .param(name)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (id != null && batches(id) >= 2) {
          break;
        }
        assertThat(child.isAlive())
            .as("the import ended before it could be killed: %s", Files.readString(CHILD_LOG))
            .isTrue();
        Thread.sleep(50);
      }
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(id).isNotNull();
    int committed = batches(id);
    assertThat(committed).isGreaterThanOrEqualTo(2);
    assertThat(history.find(id).orElseThrow().status()).isEqualTo("RUNNING");
    assertThat(history.find(id).orElseThrow().rowsRead()).isLessThan(rows);

    UUID resumed = imports.prepare(file, name, agency.id(), null);
    assertThat(resumed).isEqualTo(id);
    imports.run(resumed, file, actor());

    ImportRecord done = history.find(id).orElseThrow();
    assertThat(done.status()).isEqualTo("DONE");
    assertThat(done.rowsRead()).isEqualTo(rows);
    assertThat(done.loaded() + done.rejected()).isEqualTo(rows);
    assertThat(
            jdbc.sql("select count(*) from registry.registration where import_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(done.loaded());
    assertThat(
            jdbc.sql("select count(*) from registry.import_rejection where import_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(done.rejected());
    assertThat(
            jdbc.sql(
                    "select count(*) from registry.registration r where import_id = ? and not exists"
                        + " (select 1 from registry.worker_status s where s.person_id = r.person_id)")
                .param(id)
                .query(Long.class)
                .single())
        .as("every imported worker has a status")
        .isZero();
  }

  private Process importInAnotherJvm(Path file) throws Exception {
    HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dspring.datasource.url=" + hikari.getJdbcUrl());
    command.add("-Dspring.datasource.username=" + hikari.getUsername());
    command.add(
        "-Dspring.datasource.password="
            + (hikari.getPassword() == null ? "" : hikari.getPassword()));
    command.add("-Dsamakki.data-dir=" + folder.resolve("child-data"));
    command.add("-Dsamakki.first-run.enabled=false");
    command.add("-Dsamakki.demo.workers=0");
    command.add("-Dsamakki.registry.import-batch-rows=250");
    command.add(Samakki.class.getName());
    command.addAll(List.of("registry", "import", file.toString(), "--agency", agency.code()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(CHILD_LOG.toFile())
        .start();
  }

  private int batches(UUID id) {
    return jdbc.sql("select count(*) from registry.import_batch where import_id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private long registrations(long person) {
    return jdbc.sql("select count(*) from registry.registration where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  private String status(long person) {
    return jdbc.sql("select status from registry.worker_status where person_id = ?")
        .param(person)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private AuditActor actor() {
    return new AuditActor(null, "test", List.of(), agency.id());
  }
}
