package org.samakki;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Refuses a database that could lose acknowledged writes: before anything else uses the data
 * source, the server must have {@code fsync} on and {@code synchronous_commit} not off.
 */
@Component
class DurableDatabase implements BeanPostProcessor {

  private static final Logger log = LoggerFactory.getLogger(DurableDatabase.class);
  private static final Set<String> DURABLE_COMMIT =
      Set.of("on", "local", "remote_write", "remote_apply");

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      check(dataSource);
    }
    return bean;
  }

  static void check(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String fsync = show(connection, "fsync");
      String synchronousCommit = show(connection, "synchronous_commit");
      if (!"on".equals(fsync)) {
        throw new DatabaseNotDurableException("fsync", fsync);
      }
      if (!DURABLE_COMMIT.contains(synchronousCommit)) {
        throw new DatabaseNotDurableException("synchronous_commit", synchronousCommit);
      }
      log.info("Database is durable: fsync={}, synchronous_commit={}", fsync, synchronousCommit);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not check the database settings: " + e.getMessage(), e);
    }
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW " + setting)) {
      result.next();
      return result.getString(1);
    }
  }
}
