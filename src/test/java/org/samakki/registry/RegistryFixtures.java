package org.samakki.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.samakki.audit.AuditActor;
import org.samakki.registry.demo.DemoWorkers;
import org.samakki.registry.importing.ImportSummary;
import org.samakki.registry.importing.RegistryImport;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registry data for tests, written as the Department of Employment's export and loaded through the
 * real import: rows with sensible defaults (a Myanmar worker under MOU in Samut Sakhon with a valid
 * permit), changed column by column where a test needs it.
 */
public final class RegistryFixtures {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

  private final RegistryImport imports;
  private final JdbcClient jdbc;

  public RegistryFixtures(ApplicationContext context) {
    this.imports = context.getBean(RegistryImport.class);
    this.jdbc = context.getBean(JdbcClient.class);
  }

  /** One row of an export; every column of the demo file, in its order. */
  public static final class Row {
    final Map<String, String> cells = new LinkedHashMap<>();

    public Row with(String column, String value) {
      if (!cells.containsKey(column)) {
        throw new IllegalArgumentException("No column " + column);
      }
      cells.put(column, value);
      return this;
    }

    public String get(String column) {
      return cells.get(column);
    }
  }

  /** A worker registered under MOU two months ago, with every entitlement for two years. */
  public static Row worker() {
    long n = SERIAL.incrementAndGet();
    Row row = new Row();
    Arrays.stream(DemoWorkers.HEADER).forEach(h -> row.cells.put(h, ""));
    String start = java.time.LocalDate.now().minusMonths(2).toString();
    String end = java.time.LocalDate.now().minusMonths(2).plusYears(2).minusDays(1).toString();
    return row.with("person_ref", "T-" + n)
        .with("given_name", "Aung Kyaw")
        .with("family_name", "Moe")
        .with("name_native", "အောင်ကျော်မိုး")
        .with("sex", "M")
        .with("birth_date", "1990-05-12")
        .with("nationality", "MMR")
        .with("document_type", "passport")
        .with("document_number", String.format("MT%07d", n % 10_000_000))
        .with("document_issued", "2022-01-10")
        .with("document_expires", "2032-01-09")
        .with("employer_ref", "E-" + (n % 7))
        .with("employer_name", "Mahachai Seafood Co. " + (n % 7))
        .with("employer_sector", "SEAFOOD_PROCESSING")
        .with("workplace_subdistrict_code", "740101")
        .with("channel", "MOU")
        .with("scheme_code", "MOU-MMR")
        .with("contract_start", start)
        .with("contract_end", end)
        .with("work_permit_number", "WP" + n)
        .with("work_permit_start", start)
        .with("work_permit_end", end)
        .with("stay_permit_end", end)
        .with("social_security_number", "SS" + n)
        .with("social_security_end", end)
        .with("health_check_date", start)
        .with("health_check_result", "passed");
  }

  /** The rows as an import file. */
  public static Path file(Path folder, List<Row> rows) {
    try {
      Path file = Files.createTempFile(folder, "export-", ".csv");
      try (CSVPrinter csv =
          new CSVPrinter(
              Files.newBufferedWriter(file, StandardCharsets.UTF_8),
              CSVFormat.DEFAULT.builder().setHeader(DemoWorkers.HEADER).get())) {
        for (Row row : rows) {
          csv.printRecord(new ArrayList<>(row.cells.values()));
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports the rows for an agency, as the command line would. */
  public ImportSummary load(Path folder, UUID agency, Row... rows) {
    Path file = file(folder, List.of(rows));
    UUID id = imports.prepare(file, file.getFileName().toString(), agency, null);
    return imports.run(id, file, new AuditActor(null, "test-import", List.of(), agency));
  }

  /** One worker imported for the agency, in a folder of its own; returns the person's id. */
  public long onePerson(java.util.UUID agency) {
    Row row = worker();
    try {
      load(Files.createTempDirectory("worker"), agency, row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return personId(row.get("document_number"));
  }

  /** The person that holds a document. */
  public long personId(String documentNumber) {
    return jdbc.sql("select person_id from registry.document where number = ?")
        .param(documentNumber)
        .query(Long.class)
        .single();
  }
}
