package org.samakki.registry.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditTrail;
import org.samakki.geo.AdminAreas;
import org.samakki.registry.records.NameKeys;
import org.samakki.registry.schemes.SchemeCatalog;
import org.samakki.registry.statuses.StatusDerivation;
import org.samakki.registry.statuses.StatusStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a registration export: streamed, checked row by row, loaded in batches that are each
 * all-or-nothing. The same file again adds nothing; a file whose import was killed resumes
 * after its last committed batch. The file is read and checked on one thread while the previous
 * batch is written on another, so both cores work.
 */
@Service
public class RegistryImport {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final RowParser parser;
  private final BatchLoader loader;
  private final Clock clock;
  private final int batchSize;
  private final Map<UUID, ImportSummary> progress = new ConcurrentHashMap<>();
  private final ExecutorService readers =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "import-reader");
            thread.setDaemon(true);
            return thread;
          });

  RegistryImport(
      JdbcClient jdbc,
      DataSource dataSource,
      TransactionTemplate transaction,
      SchemeCatalog schemes,
      AdminAreas areas,
      NameKeys nameKeys,
      StatusDerivation derivation,
      StatusStore statuses,
      AuditTrail audit,
      Clock clock,
      @Value("${samakki.registry.import-batch-rows:20000}") int batchSize) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.parser = new RowParser(schemes, areas, nameKeys);
    Resolver resolver = new Resolver(jdbc, new PersonRows(clock), clock);
    this.loader = new BatchLoader(jdbc, dataSource, resolver, derivation, statuses, audit, clock);
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /** Starts (or resumes) the import of a file and returns its id; {@link #run} does the work. */
  public UUID prepare(Path file, String fileName, UUID agency, UUID user) {
    FileFacts facts = FileFacts.of(file);
    Optional<UUID> earlier =
        jdbc.sql("select id from registry.import where file_sha256 = ? and owner_agency_id = ?")
            .params(facts.sha256(), agency)
            .query(UUID.class)
            .optional();
    if (earlier.isPresent()) {
      jdbc.sql(
              "update registry.import set status = 'RUNNING', finished_at = null, failure_key = null"
                  + " where id = ? and status <> 'DONE'")
          .param(earlier.get())
          .update();
      return earlier.get();
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into registry.import (id, file_name, file_sha256, owner_agency_id, created_by, status,"
                + " rows_total, started_at) values (?, ?, ?, ?, ?, 'RUNNING', ?, ?)")
        .params(id, fileName, facts.sha256(), agency, user, facts.rows(), OffsetDateTime.now(clock))
        .update();
    return id;
  }

  /** Loads every batch not yet committed; safe to call again after a crash. */
  public ImportSummary run(UUID importId, Path file, AuditActor actor) {
    Map<String, Object> row =
        jdbc.sql("select file_name, owner_agency_id, rows_total from registry.import where id = ?")
            .param(importId)
            .query()
            .singleRow();
    String fileName = (String) row.get("file_name");
    // resume after the last committed row, whatever batch size the earlier run had
    Resume resume =
        jdbc.sql(
                "select coalesce(max(batch_no), 0), coalesce(max(last_row), 0)"
                    + " from registry.import_batch where import_id = ?")
            .param(importId)
            .query((rs, n) -> new Resume(rs.getInt(1), rs.getInt(2)))
            .single();
    BatchLoader.ImportRun run =
        new BatchLoader.ImportRun(importId, (UUID) row.get("owner_agency_id"), actor);
    Counter counter = new Counter(importId, fileName, ((Number) row.get("rows_total")).intValue());
    progress.put(importId, counter.summary(false));
    Map<String, Long> employers = new HashMap<>();
    BlockingQueue<Parsed> queue = new ArrayBlockingQueue<>(2);
    Future<?> reading = readers.submit(() -> read(file, resume, queue));
    try {
      for (Parsed next = take(queue); next != Parsed.END; next = take(queue)) {
        if (next.failure() != null) {
          throw next.failure();
        }
        load(next, run, employers, counter);
      }
    } catch (RuntimeException e) {
      reading.cancel(true);
      queue.clear();
      String key = e instanceof ImportFileException f ? f.messageKey() : "import.failed";
      String detail = e instanceof ImportFileException f ? f.detail() : null;
      jdbc.sql(
              "update registry.import set status = 'FAILED', failure_key = ?, failure_detail = ?"
                  + " where id = ? and status = 'RUNNING'")
          .params(key, detail, importId)
          .update();
      throw e;
    }
    jdbc.sql("update registry.import set status = 'DONE', finished_at = ? where id = ?")
        .params(OffsetDateTime.now(clock), importId)
        .update();
    ImportSummary summary = counter.summary(true);
    progress.put(importId, summary);
    return summary;
  }

  public Optional<ImportSummary> progress(UUID importId) {
    return Optional.ofNullable(progress.get(importId));
  }

  /**
   * Reads and checks the file a batch ahead of the loading. Rows an earlier run committed are only
   * counted.
   */
  private void read(Path file, Resume resume, BlockingQueue<Parsed> out) {
    try (Reader reader = utf8(file);
        CSVParser csv =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader)) {
      Map<Column, Integer> columns = columns(csv.getHeaderNames());
      int batchNo = resume.batch();
      int skipped = 0;
      List<CSVRecord> records = new ArrayList<>(batchSize);
      for (CSVRecord record : csv) {
        if (record.getRecordNumber() + 1 <= resume.row()) {
          skipped++;
          continue;
        }
        if (skipped > 0) {
          put(out, new Parsed(null, skipped, null));
          skipped = 0;
        }
        records.add(record);
        if (records.size() == batchSize) {
          put(out, parse(++batchNo, records, columns));
          records.clear();
        }
      }
      if (skipped > 0) {
        put(out, new Parsed(null, skipped, null));
      }
      if (!records.isEmpty()) {
        put(out, parse(++batchNo, records, columns));
      }
      put(out, Parsed.END);
    } catch (ImportFileException e) {
      put(out, new Parsed(null, 0, e));
    } catch (IOException | UncheckedIOException e) {
      put(
          out,
          new Parsed(null, 0, new ImportFileException("import.file.unreadable", e.getMessage())));
    } catch (RuntimeException e) {
      put(
          out,
          new Parsed(
              null,
              0,
              new ImportFileException("import.file.unreadable", e.getClass().getSimpleName())));
    }
  }

  private Parsed parse(int batchNo, List<CSVRecord> records, Map<Column, Integer> columns) {
    int first = (int) records.get(0).getRecordNumber() + 1;
    int last = (int) records.get(records.size() - 1).getRecordNumber() + 1;
    List<ParsedRow> accepted = new ArrayList<>(records.size());
    List<RowParser.Rejected> rejected = new ArrayList<>();
    for (CSVRecord record : records) {
      RowParser.Outcome outcome =
          parser.parse((int) record.getRecordNumber() + 1, cells(record, columns));
      if (outcome instanceof RowParser.Accepted a) {
        accepted.add(a.row());
      } else {
        rejected.add((RowParser.Rejected) outcome);
      }
    }
    return new Parsed(
        new BatchLoader.Batch(batchNo, first, last, accepted, rejected), records.size(), null);
  }

  private void load(
      Parsed parsed, BatchLoader.ImportRun run, Map<String, Long> employers, Counter counter) {
    if (parsed.batch() == null) {
      counter.read += parsed.rows();
      return;
    }
    // employers created by a batch are cached only once that batch has committed
    Map<String, Long> batchEmployers = new HashMap<>(employers);
    BatchLoader.Counts counts =
        transaction.execute(
            status -> {
              try {
                return loader.load(parsed.batch(), run, batchEmployers);
              } catch (SQLException e) {
                throw new IllegalStateException(
                    "Batch " + parsed.batch().number() + " could not be loaded", e);
              }
            });
    employers.putAll(batchEmployers);
    counter.add(parsed.rows(), counts);
    progress.put(run.id(), counter.summary(false));
  }

  /** Where an earlier run of the same import stopped: its last batch and last committed row. */
  private record Resume(int batch, int row) {}

  /** A parsed batch handed from the reading thread to the loading one, or the end, or a failure. */
  private record Parsed(BatchLoader.Batch batch, int rows, ImportFileException failure) {
    static final Parsed END = new Parsed(null, -1, null);
  }

  private static Parsed take(BlockingQueue<Parsed> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Import interrupted", e);
    }
  }

  private static void put(BlockingQueue<Parsed> queue, Parsed parsed) {
    try {
      queue.put(parsed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<Column, Integer> columns(List<String> headers) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < headers.size(); i++) {
      int index = i;
      Column.ofHeader(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
    }
    List<String> missing =
        new ArrayList<>(
            Column.REQUIRED.stream()
                .filter(c -> !columns.containsKey(c))
                .map(Column::header)
                .toList());
    if (!columns.containsKey(Column.GIVEN_NAME)
        && !columns.containsKey(Column.FAMILY_NAME)
        && !columns.containsKey(Column.NAME_NATIVE)) {
      missing.add("given_name");
    }
    if (!missing.isEmpty()) {
      throw new ImportFileException("import.file.columns", String.join(", ", missing));
    }
    return columns;
  }

  private static Map<Column, String> cells(CSVRecord record, Map<Column, Integer> columns) {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    columns.forEach(
        (column, index) -> {
          if (index < record.size()) {
            cells.put(column, record.get(index));
          }
        });
    return cells;
  }

  /** A reader that refuses bytes that are not UTF-8 instead of guessing. */
  private static Reader utf8(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)),
        1 << 16);
  }

  /** Running totals of one import. */
  private static final class Counter {
    final UUID id;
    final String fileName;
    final int total;
    int read;
    int loaded;
    int already;
    int rejected;

    Counter(UUID id, String fileName, int total) {
      this.id = id;
      this.fileName = fileName;
      this.total = total;
    }

    void add(int rows, BatchLoader.Counts counts) {
      read += rows;
      loaded += counts.loaded();
      already += counts.alreadyLoaded();
      rejected += counts.rejected();
    }

    ImportSummary summary(boolean done) {
      return new ImportSummary(id, fileName, total, read, loaded, already, rejected, done);
    }
  }
}
