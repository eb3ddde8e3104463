package org.samakki.registry.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.samakki.Deployment;
import org.samakki.access.AgencyDirectory;
import org.samakki.audit.AuditActor;
import org.samakki.geo.AdminAreas;
import org.samakki.registry.importing.ImportSummary;
import org.samakki.registry.importing.RegistryImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demonstration's workers: on the first start of a demo on the embedded database, a synthetic
 * population is generated and loaded through the ordinary import (so the demo also shows an import
 * with its rejected rows), in the background while the application already answers.
 */
@Component
class DemoPopulation {

  private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);
  static final String AGENCY = "DOE-DEMO";

  private final Deployment deployment;
  private final boolean embedded;
  private final int workers;
  private final AdminAreas areas;
  private final AgencyDirectory agencies;
  private final RegistryImport imports;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Path dataDir;

  DemoPopulation(
      Deployment deployment,
      Environment environment,
      @Value("${samakki.demo.workers}") int workers,
      AdminAreas areas,
      AgencyDirectory agencies,
      RegistryImport imports,
      JdbcClient jdbc,
      Clock clock,
      @Value("${samakki.data-dir}") Path dataDir) {
    this.deployment = deployment;
    this.embedded = environment.getProperty("samakki.database.embedded", Boolean.class, false);
    this.workers = workers;
    this.areas = areas;
    this.agencies = agencies;
    this.imports = imports;
    this.jdbc = jdbc;
    this.clock = clock;
    this.dataDir = dataDir;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (!deployment.demo() || !embedded || workers <= 0 || agencies.findByCode(AGENCY).isEmpty()) {
      return;
    }
    // a demo import left unfinished is resumed; a registry with other people is left alone
    boolean wanted =
        jdbc.sql(
                "select case when exists (select 1 from registry.import where file_name like 'demo-workers-%')"
                    + " then exists (select 1 from registry.import where file_name like 'demo-workers-%'"
                    + " and status <> 'DONE')"
                    + " else not exists (select 1 from registry.person) end")
            .query(Boolean.class)
            .single();
    if (!wanted) {
      return;
    }
    Thread loader = new Thread(this::load, "demo-population");
    loader.setDaemon(true);
    loader.start();
  }

  /** Generates and imports the population; an interrupted load resumes at the next start. */
  void load() {
    long started = System.nanoTime();
    Path file = dataDir.resolve("demo-workers-" + workers + ".csv");
    try {
      if (!Files.exists(file)) {
        Path part = dataDir.resolve(file.getFileName() + ".part");
        try (BufferedWriter writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
          new DemoWorkers(areas, LocalDate.now(clock), 2017).writeCsv(workers, writer);
        }
        Files.move(part, file);
      }
      UUID agency = agencies.findByCode(AGENCY).orElseThrow().id();
      UUID id = imports.prepare(file, file.getFileName().toString(), agency, null);
      ImportSummary summary =
          imports.run(id, file, new AuditActor(null, "demo-population", List.of(), agency));
      log.info(
          "Demo population ready: {} rows loaded, {} rejected by design, in {} s",
          summary.loaded(),
          summary.rejected(),
          String.format("%.1f", (System.nanoTime() - started) / 1e9));
    } catch (IOException | RuntimeException e) {
      log.error("The demo population could not be loaded; it is tried again at the next start", e);
    }
  }
}
