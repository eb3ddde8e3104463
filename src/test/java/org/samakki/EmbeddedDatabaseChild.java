package org.samakki;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A separate JVM that starts the embedded database on a data directory, writes a row, reports
 * "READY" and waits to be killed: the stand-in for a Samakki server in the lifecycle tests.
 */
public final class EmbeddedDatabaseChild {

  private EmbeddedDatabaseChild() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgresServers.Server server = EmbeddedPostgresServers.startOrReuse(Path.of(args[0]));
    try (Connection connection =
            DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServers.USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("create table if not exists lifecycle_probe (written_by text)");
      statement.execute("insert into lifecycle_probe values ('child')");
    }
    System.out.println("READY " + server.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
