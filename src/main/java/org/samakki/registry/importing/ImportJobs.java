package org.samakki.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.samakki.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Imports started from the pages: the upload is kept in the data directory until its import is
 * done, imports run one at a time in the background, and an import that a crash or shutdown
 * interrupted resumes at the next start from its last committed batch.
 */
@Service
public class ImportJobs {

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

  private final RegistryImport imports;
  private final ImportHistory history;
  private final Path folder;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "registry-import");
            thread.setDaemon(true);
            return thread;
          });

  ImportJobs(
      RegistryImport imports, ImportHistory history, @Value("${samakki.data-dir}") Path dataDir) {
    this.imports = imports;
    this.history = history;
    this.folder = dataDir.resolve("imports");
  }

  /** Keeps an uploaded file and queues its import; the same file again resumes or adds nothing. */
  public UUID submit(InputStream upload, String fileName, AuditActor actor) {
    Path received = store(upload);
    UUID id;
    try {
      id = imports.prepare(received, safeName(fileName), actor.agencyId(), actor.id());
      Files.move(received, file(id), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(received);
    }
    queue(id, actor);
    return id;
  }

  /** Resumes the imports of uploads that were interrupted, once the application is up. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeInterrupted() {
    for (ImportRecord unfinished : history.unfinished()) {
      if (Files.isReadable(file(unfinished.id()))) {
        log.info("Resuming import {} of {}", unfinished.id(), unfinished.fileName());
        queue(
            unfinished.id(),
            new AuditActor(null, "import:resume", java.util.List.of(), unfinished.ownerAgency()));
      }
    }
  }

  /** Lets a running batch finish so that shutdown leaves nothing half done. */
  @jakarta.annotation.PreDestroy
  void stop() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(20, TimeUnit.SECONDS);
  }

  private void queue(UUID id, AuditActor actor) {
    worker.submit(
        () -> {
          try {
            imports.run(id, file(id), actor);
            deleteQuietly(file(id));
          } catch (ImportFileException e) {
            log.info("Import {} refused: {}", id, e.messageKey());
            deleteQuietly(file(id));
          } catch (RuntimeException e) {
            log.error("Import {} stopped; it resumes at the next start", id, e);
          }
        });
  }

  private Path store(InputStream upload) {
    try {
      Files.createDirectories(folder);
      Path received = Files.createTempFile(folder, "upload-", ".part");
      Files.copy(upload, received, StandardCopyOption.REPLACE_EXISTING);
      return received;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(UUID id) {
    return folder.resolve(id + ".csv");
  }

  /** File names come from browsers: keep a readable name, nothing that looks like a path. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    if (base.isEmpty()) {
      return "upload.csv";
    }
    return base.length() > 200 ? base.substring(0, 200) : base;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {}", file);
    }
  }
}
