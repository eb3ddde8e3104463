package org.samakki.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.samakki.access.AgencyType;
import org.samakki.audit.AuditQuery;
import org.samakki.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts unused for 90 days are disabled by the nightly sweep, and the sweep is audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InactiveAccountsTests {

  @Autowired ApplicationContext context;
  @Autowired InactiveAccounts sweep;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;

  @Test
  void anAccountUnusedFor90DaysIsDisabledAndAnActiveOneIsNot() {
    TestAccounts fixtures = new TestAccounts(context);
    var agency = fixtures.agency(AgencyType.NGO);
    var dormant = fixtures.user(agency, "caseworker");
    var active = fixtures.user(agency, "caseworker");
    lastActive(dormant, Instant.now().minus(91, ChronoUnit.DAYS));
    lastActive(active, Instant.now().minus(3, ChronoUnit.DAYS));

    sweep.disableInactive();

    assertThat(fixtures.reload(dormant.id()).disabled()).isTrue();
    assertThat(fixtures.reload(dormant.id()).disabledReason()).contains("inactive for 90 days");
    assertThat(fixtures.reload(active.id()).disabled()).isFalse();
    assertThat(
            audit.find(
                new AuditQuery(
                    null,
                    null,
                    null,
                    "user",
                    dormant.id().toString(),
                    "DISABLE_INACTIVE",
                    null,
                    null,
                    null,
                    1)))
        .hasSize(1);
  }

  private void lastActive(TestAccounts.TestUser user, Instant at) {
    jdbc.sql("update access.app_user set last_active_at = ? where id = ?")
        .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), user.id())
        .update();
  }
}
