package org.samakki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/** Samakki refuses to run on a database that could lose confirmed writes. */
class DurableDatabaseTests {

  @TempDir Path dataDir;

  @Test
  void refusesToStartWhenFsyncIsOff() throws Exception {
    // zonky's own default: the server runs with fsync off
    try (EmbeddedPostgres careless = EmbeddedPostgres.builder().setDataDirectory(dataDir).start()) {
      DatabaseNotDurableException refusal = startAgainst(careless);

      assertThat(refusal.setting()).isEqualTo("fsync");
      assertThat(refusal)
          .hasMessageContaining("refuses to start")
          .hasMessageContaining("fsync=off");
    }
  }

  @Test
  void refusesToStartWhenSynchronousCommitIsOff() throws Exception {
    try (EmbeddedPostgres careless =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "off")
            .start()) {
      DatabaseNotDurableException refusal = startAgainst(careless);

      assertThat(refusal.setting()).isEqualTo("synchronous_commit");
      FailureAnalysis analysis =
          new DatabaseNotDurableFailureAnalyzer().analyze(new IllegalStateException(refusal));
      assertThat(analysis.getDescription()).contains("synchronous_commit=off");
      assertThat(analysis.getAction()).contains("ALTER SYSTEM SET synchronous_commit = 'on'");
    }
  }

  private static DatabaseNotDurableException startAgainst(EmbeddedPostgres postgres) {
    Throwable failure =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(Samakki.class)
                    .web(WebApplicationType.NONE)
                    .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.main.banner-mode=off")
                    .close());
    Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
    assertThat(root).isInstanceOf(DatabaseNotDurableException.class);
    return (DatabaseNotDurableException) root;
  }
}
