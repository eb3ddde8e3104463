package org.samakki;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts Samakki's own PostgreSQL in the data directory when no external database is configured, so
 * that one office can run the whole system from a laptop with nothing but a JDK.
 */
class EmbeddedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String EMBEDDED_PROPERTY = "samakki.database.embedded";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
      return;
    }
    EmbeddedPostgresServers.Server server =
        EmbeddedPostgresServers.startOrReuse(postgresDirectory(environment));
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "samakkiEmbeddedDatabase",
                Map.of(
                    "spring.datasource.url",
                    server.jdbcUrl(),
                    "spring.datasource.username",
                    EmbeddedPostgresServers.USER,
                    "spring.datasource.password",
                    "",
                    EMBEDDED_PROPERTY,
                    "true")));
  }

  static Path postgresDirectory(ConfigurableEnvironment environment) {
    String dataDir = environment.getProperty("samakki.data-dir", "data");
    return Path.of(dataDir).resolve("postgres").toAbsolutePath().normalize();
  }
}
