package org.samakki.registry.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.samakki.Samakki;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.signin.TestSignIn;
import org.samakki.audit.AuditActor;
import org.samakki.geo.AdminAreas;
import org.samakki.registry.demo.DemoWorkers;
import org.samakki.registry.importing.ImportSummary;
import org.samakki.registry.importing.RegistryImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Samakki without its web server on a benchmark's own embedded database under {@code
 * target/bench-data}: the registry's benchmarks load generated registers through the real import
 * and keep a loaded register for the next run.
 */
final class BenchRegistry implements AutoCloseable {

  static final Path ROOT = Path.of("target", "bench-data");
  static final String AGENCY = "BENCH";

  final ConfigurableApplicationContext context;
  final JdbcClient jdbc;

  private BenchRegistry(ConfigurableApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcClient.class);
  }

  /** Starts on the named data directory, emptied first when {@code fresh}. */
  static BenchRegistry start(String name, boolean fresh) throws IOException {
    Path dir = ROOT.resolve(name);
    if (fresh && Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Samakki.class)
            .web(WebApplicationType.NONE)
            // as arguments: application.properties would win over default properties
            .run(
                "--samakki.data-dir=" + dir.toAbsolutePath(),
                "--samakki.demo.workers=0",
                // duplicate detection is background work of its own, measured by linkage-match
                "--samakki.registry.duplicates.enabled=false",
                "--samakki.first-run.enabled=false",
                "--samakki.statistics.compaction-interval=PT24H",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    return new BenchRegistry(context);
  }

  /** The benchmark's agency, made on first use. */
  UUID agency() {
    return jdbc.sql("select id from access.agency where code = ?")
        .param(AGENCY)
        .query(UUID.class)
        .optional()
        .orElseGet(
            () -> {
              UUID id = UUID.randomUUID();
              jdbc.sql(
                      "insert into access.agency (id, code, name, type, active, created_at)"
                          + " values (?, ?, 'Benchmark labour office', 'GOVERNMENT', true, ?)")
                  .params(id, AGENCY, java.time.OffsetDateTime.now())
                  .update();
              return id;
            });
  }

  /** A generated register of this many workers as an import file, kept for later runs. */
  Path register(int workers, long seed) throws IOException {
    Path file = ROOT.resolve("register-" + workers + "-" + seed + ".csv");
    if (!Files.exists(file)) {
      Path part = ROOT.resolve(file.getFileName() + ".part");
      Files.createDirectories(ROOT);
      try (BufferedWriter writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        new DemoWorkers(context.getBean(AdminAreas.class), LocalDate.now(), seed)
            .writeCsv(workers, writer);
      }
      Files.move(part, file);
    }
    return file;
  }

  /** Imports a file for the benchmark's agency through the real import. */
  ImportSummary load(Path file) {
    RegistryImport imports = context.getBean(RegistryImport.class);
    UUID id = imports.prepare(file, file.getFileName().toString(), agency(), null);
    return imports.run(id, file, new AuditActor(null, "bench", List.of(), agency()));
  }

  /** Whether this file has been imported completely into this database. */
  boolean loaded(Path file) {
    return jdbc.sql(
            "select exists (select 1 from registry.import where file_name = ? and status = 'DONE')")
        .param(file.getFileName().toString())
        .query(Boolean.class)
        .single();
  }

  /** Acts on this thread as a user of the benchmark's agency with the given role, country-wide. */
  void actAs(String role) {
    TestAccounts accounts = new TestAccounts(context);
    TestSignIn.actAs(
        accounts.user(
            new org.samakki.access.accounts.Agency(
                agency(),
                AGENCY,
                "Benchmark labour office",
                org.samakki.access.AgencyType.GOVERNMENT,
                true,
                Instant.now()),
            role));
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  @Override
  public void close() {
    context.close();
  }
}
