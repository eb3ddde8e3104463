package org.samakki.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samakki.Deployment;
import org.samakki.access.AgencyDirectory;
import org.samakki.geo.AdminAreas;
import org.samakki.registry.importing.RegistryImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demonstration's workers: loaded through the ordinary import for the demo labour office, with
 * a spread of statuses a real register has.
 */
@SpringBootTest
class DemoPopulationTests {

  @Autowired Deployment deployment;
  @Autowired Environment environment;
  @Autowired AdminAreas areas;
  @Autowired AgencyDirectory agencies;
  @Autowired RegistryImport imports;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Value("${samakki.data-dir}")
  Path dataDir;

  @Test
  void aDemoPopulationIsLoadedForTheDemoLabourOfficeWithAPlausibleSpreadOfStatuses() {
    assertThat(deployment.demo()).isTrue();
    new DemoPopulation(
            deployment, environment, 2000, areas, agencies, imports, jdbc, clock, dataDir)
        .load();
    Map<String, Object> run =
        jdbc.sql(
                "select i.id, i.status, i.owner_agency_id from registry.import i"
                    + " where i.file_name = 'demo-workers-2000.csv' order by i.started_at desc limit 1")
            .query()
            .singleRow();
    assertThat(run.get("status")).isEqualTo("DONE");
    assertThat(run.get("owner_agency_id"))
        .isEqualTo(agencies.findByCode(DemoPopulation.AGENCY).orElseThrow().id());
    Map<String, Long> statuses = new HashMap<>();
    jdbc.sql(
            "select ws.status, count(distinct ws.person_id) from registry.worker_status ws"
                + " join registry.registration r on r.person_id = ws.person_id"
                + " where r.import_id = ? group by ws.status")
        .param(run.get("id"))
        .query((rs, n) -> statuses.put(rs.getString(1), rs.getLong(2)))
        .list();
    long all = statuses.values().stream().mapToLong(Long::longValue).sum();
    assertThat(all).isBetween(1900L, 2000L);
    assertThat(statuses.get("REGULAR") / (double) all).isBetween(0.55, 0.9);
    assertThat(statuses.get("EXPIRING")).isPositive();
    assertThat(statuses.get("IRREGULAR") / (double) all).isBetween(0.05, 0.35);
  }
}
