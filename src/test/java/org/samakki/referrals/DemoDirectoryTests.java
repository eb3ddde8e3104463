package org.samakki.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samakki.access.AgencyDirectory;
import org.samakki.access.accounts.UserAccount;
import org.samakki.access.accounts.Users;
import org.samakki.access.policy.AccessPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In demo mode the directory holds the fictional providers of the demo agencies once, however often
 * the application starts, and the demo shelter has a caseworker who may answer its referrals.
 */
@SpringBootTest
class DemoDirectoryTests {

  @Autowired DemoDirectory demo;
  @Autowired JdbcClient jdbc;
  @Autowired AgencyDirectory agencies;
  @Autowired Users users;
  @Autowired AccessPolicy policy;

  @Test
  void everyDemoProviderIsThereOnceAfterStartAndASecondStartAddsNothing() {
    assertOnceEach();
    long before = providers();

    assertThat(demo.ensure()).isZero();

    assertThat(providers()).isEqualTo(before);
    assertOnceEach();
    assertThat(DemoDirectory.PROVIDERS)
        .flatExtracting(DemoDirectory.DemoProvider::services)
        .contains(
            Service.SHELTER,
            Service.LEGAL_AID,
            Service.MEDICAL,
            Service.RETURN_AND_REINTEGRATION,
            Service.INTERPRETATION);
  }

  private void assertOnceEach() {
    for (DemoDirectory.DemoProvider p : DemoDirectory.PROVIDERS) {
      assertThat(
              jdbc.sql("select count(*) from referrals.provider where name = ? and agency_id = ?")
                  .params(p.name(), agencies.findByCode(p.agencyCode()).orElseThrow().id())
                  .query(Long.class)
                  .single())
          .as(p.name())
          .isEqualTo(1);
    }
  }

  @Test
  void theDemoShelterHasACaseworkerWhoMayAnswerItsReferrals() {
    DemoDirectory.DemoProvider shelter =
        DemoDirectory.PROVIDERS.stream()
            .filter(p -> p.services().contains(Service.SHELTER))
            .findFirst()
            .orElseThrow();
    UserAccount worker = users.findByUsername("demo-shelter-caseworker").orElseThrow();

    assertThat(worker.agencyId())
        .isEqualTo(agencies.findByCode(shelter.agencyCode()).orElseThrow().id());
    assertThat(policy.allows(worker.roles(), "referral", "respond")).isTrue();
    assertThat(policy.allows(worker.roles(), "referral", "read")).isTrue();
    assertThat(worker.roles()).isEqualTo(Set.of("caseworker"));
  }

  private long providers() {
    return jdbc.sql("select count(*) from referrals.provider where name like '%(demo)'")
        .query(Long.class)
        .single();
  }
}
