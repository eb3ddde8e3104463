package org.samakki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL keeps data across restarts and never runs twice on one directory. */
class EmbeddedPostgresServersTests {

  @TempDir Path dataDir;
  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void stopEverything() throws Exception {
    for (Process child : children) {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    EmbeddedPostgresServers.stop(postgresDir());
    for (ProcessHandle leftover : postmastersOf(postgresDir())) {
      leftover.destroy();
      leftover.onExit().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void dataWrittenThroughTheApplicationSurvivesARestartOfTheEmbeddedDatabase() {
    try (ConfigurableApplicationContext first = startApplication()) {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      jdbc.sql("create table restart_probe (note text)").update();
      jdbc.sql("insert into restart_probe values ('written before the restart')").update();
      assertThat(postmastersOf(postgresDir())).hasSize(1);
    }
    EmbeddedPostgresServers.stop(postgresDir());
    assertThat(postmastersOf(postgresDir())).isEmpty();

    try (ConfigurableApplicationContext second = startApplication()) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select note from restart_probe").query(String.class).single())
          .isEqualTo("written before the restart");
      assertThat(jdbc.sql("select count(*) from geo.admin_area").query(Integer.class).single())
          .isEqualTo(8441);
      assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
    }
  }

  @Test
  void aServerLeftRunningByAKilledJvmIsRestartedNotDuplicated() throws Exception {
    Process child = startChild();
    long orphanPid = postmasterPid();
    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9: no shutdown hook runs
    assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

    EmbeddedPostgresServers.Server server = EmbeddedPostgresServers.startOrReuse(postgresDir());

    assertThat(server.owned()).isPresent();
    assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(postmastersOf(postgresDir())).hasSize(1);
    assertThat(postmasterPid()).isNotEqualTo(orphanPid);
    assertThat(readProbe(server)).containsExactly("child");
  }

  @Test
  void theServerOfALiveSamakkiIsReusedAndLeftRunning() throws Exception {
    startChild();
    long childsPostmaster = postmasterPid();

    EmbeddedPostgresServers.Server server = EmbeddedPostgresServers.startOrReuse(postgresDir());

    assertThat(server.owned()).isEmpty();
    assertThat(postmasterPid()).isEqualTo(childsPostmaster);
    assertThat(readProbe(server)).containsExactly("child");
    EmbeddedPostgresServers.stop(postgresDir());
    assertThat(ProcessHandle.of(childsPostmaster).map(ProcessHandle::isAlive)).contains(true);
  }

  private ConfigurableApplicationContext startApplication() {
    return new SpringApplicationBuilder(Samakki.class)
        .web(WebApplicationType.NONE)
        .run("--samakki.data-dir=" + dataDir, "--spring.main.banner-mode=off");
  }

  private Path postgresDir() {
    return dataDir.resolve("postgres").toAbsolutePath().normalize();
  }

  private Process startChild() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(),
                postgresDir().toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    children.add(child);
    BufferedReader output =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      if (line.startsWith("READY")) {
        return child;
      }
      seen.add(line);
    }
    throw new IllegalStateException("The child JVM did not start its database: " + seen);
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(postgresDir().resolve("postmaster.pid")).get(0).trim());
  }

  private static List<String> readProbe(EmbeddedPostgresServers.Server server) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServers.USER, "");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select written_by from lifecycle_probe")) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  /** Postmasters (not their worker processes) serving this data directory. */
  private static List<ProcessHandle> postmastersOf(Path directory) {
    String dir = directory.toString();
    return ProcessHandle.allProcesses()
        .filter(
            p -> p.info().command().map(c -> c.endsWith(File.separator + "postgres")).orElse(false))
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dir)).orElse(false))
        .toList();
  }
}
