package org.samakki;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The embedded PostgreSQL servers of this JVM, one per data directory. A server still running from
 * a JVM that was killed is found through its {@code postmaster.pid}: if the JVM that started it is
 * alive (a command run next to the server) it is reused, otherwise it is stopped and started again
 * with our settings, never duplicated.
 */
final class EmbeddedPostgresServers {

  static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
  private static final Map<Path, Server> SERVERS = new ConcurrentHashMap<>();
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private EmbeddedPostgresServers() {}

  /** A running server: {@code owned} is empty when another live JVM started it. */
  record Server(Path dataDirectory, int port, Optional<EmbeddedPostgres> owned) {
    String jdbcUrl() {
      return "jdbc:postgresql://localhost:" + port + "/postgres";
    }
  }

  static Server startOrReuse(Path dataDirectory) {
    return SERVERS.computeIfAbsent(dataDirectory, EmbeddedPostgresServers::open);
  }

  /** Stops the server of this data directory if this JVM started it. */
  static synchronized void stop(Path dataDirectory) {
    Server server = SERVERS.remove(dataDirectory);
    if (server != null && server.owned().isPresent()) {
      try {
        server.owned().get().close();
        Files.deleteIfExists(ownerFile(dataDirectory));
        log.info("Embedded PostgreSQL in {} stopped", dataDirectory);
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL in {} did not stop cleanly", dataDirectory, e);
      }
    }
  }

  private static Server open(Path dataDirectory) {
    try {
      Optional<Postmaster> running = Postmaster.running(dataDirectory);
      if (running.isPresent()) {
        if (ownerIsAlive(dataDirectory)) {
          log.info(
              "Reusing the embedded PostgreSQL already serving {} on port {}",
              dataDirectory,
              running.get().port());
          return new Server(dataDirectory, running.get().port(), Optional.empty());
        }
        log.warn(
            "A PostgreSQL server (pid {}) left by a stopped Samakki still holds {}; restarting it",
            running.get().pid(),
            dataDirectory);
        running.get().stop(STOP_TIMEOUT);
      }
      return start(dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  private static Server start(Path dataDirectory) throws IOException {
    Files.createDirectories(dataDirectory.getParent());
    long started = System.nanoTime();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            // zonky passes -F (fsync off) first; these later -c options win.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("listen_addresses", "localhost")
            // sized for a registry of millions on one server rather than PostgreSQL's tiny
            // defaults; bulk imports and sweeps otherwise spend their time in checkpoints
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_wal_size", "4GB")
            .setServerConfig("maintenance_work_mem", "256MB")
            .setServerConfig("work_mem", "16MB")
            // Spring's shutdown handler stops it after the context has closed; zonky's own hook
            // would stop it while connections are still in use.
            .setRegisterShutdownHook(false)
            // crash recovery after a kill may take longer than zonky's 10 s default
            .setPGStartupWait(Duration.ofMinutes(5))
            .start();
    Files.writeString(ownerFile(dataDirectory), Owner.current().line(), StandardCharsets.UTF_8);
    SpringApplication.getShutdownHandlers().add(() -> stop(dataDirectory));
    log.info(
        "Embedded PostgreSQL started in {} on port {} ({} ms)",
        dataDirectory,
        postgres.getPort(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    return new Server(dataDirectory, postgres.getPort(), Optional.of(postgres));
  }

  private static boolean ownerIsAlive(Path dataDirectory) throws IOException {
    Path file = ownerFile(dataDirectory);
    return Files.exists(file) && Owner.parse(Files.readString(file)).isAlive();
  }

  static Path ownerFile(Path dataDirectory) {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".owner");
  }

  /** The JVM that started a server, told apart from a later process that got the same pid. */
  record Owner(long pid, Instant startedAt) {
    static Owner current() {
      ProcessHandle self = ProcessHandle.current();
      return new Owner(self.pid(), self.info().startInstant().orElse(Instant.EPOCH));
    }

    static Owner parse(String line) {
      String[] parts = line.trim().split(" ");
      return new Owner(Long.parseLong(parts[0]), Instant.parse(parts[1]));
    }

    String line() {
      return pid + " " + startedAt;
    }

    boolean isAlive() {
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().startInstant().map(startedAt::equals).orElse(false))
          .isPresent();
    }
  }

  /** The postmaster that {@code postmaster.pid} names, when that process is a live postgres. */
  record Postmaster(long pid, int port, ProcessHandle process) {
    static Optional<Postmaster> running(Path dataDirectory) throws IOException {
      Path pidFile = dataDirectory.resolve("postmaster.pid");
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.size() < 4) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
          .map(p -> new Postmaster(pid, port, p));
    }

    /** SIGTERM is PostgreSQL's smart shutdown; its clients died with the JVM that started it. */
    void stop(Duration timeout) throws IOException {
      process.destroy();
      try {
        process.onExit().get(timeout.toSeconds(), TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IOException("The left-over PostgreSQL server " + pid + " did not stop", e);
      }
    }
  }
}
