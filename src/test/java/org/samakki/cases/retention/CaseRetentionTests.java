package org.samakki.cases.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samakki.access.AgencyType;
import org.samakki.access.accounts.Agency;
import org.samakki.access.accounts.TestAccounts;
import org.samakki.access.accounts.TestAccounts.TestUser;
import org.samakki.access.signin.TestSignIn;
import org.samakki.cases.consent.LegalBasis;
import org.samakki.cases.keys.CaseKeys;
import org.samakki.cases.nrm.Approvals;
import org.samakki.cases.nrm.CaseType;
import org.samakki.cases.nrm.ClosureReason;
import org.samakki.cases.nrm.ProtectionCases;
import org.samakki.registry.RegistryFixtures;
import org.samakki.registry.RegistryFixtures.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention with legal hold (DP-12): with the clock past the retention period, closed cases are
 * anonymised (key destroyed, person unlinked) and held ones kept, both audited.
 */
@SpringBootTest
class CaseRetentionTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ProtectionCases cases;
  @Autowired Approvals approvals;
  @Autowired CaseRetention retention;
  @Autowired CaseKeys keys;
  @TempDir Path folder;
  TestUser caseworker;
  TestUser supervisor;
  long person;

  @BeforeEach
  void setUp() {
    TestAccounts accounts = new TestAccounts(context);
    Agency ngo = accounts.agency(AgencyType.NGO);
    supervisor = accounts.user(ngo, "supervisor");
    caseworker = accounts.user(ngo, null, supervisor.id(), "caseworker");
    Row worker = RegistryFixtures.worker();
    RegistryFixtures registry = new RegistryFixtures(context);
    registry.load(folder, accounts.agency(AgencyType.GOVERNMENT).id(), worker);
    person = registry.personId(worker.get("document_number"));
  }

  @AfterEach
  void tearDown() {
    TestSignIn.signOut();
  }

  @Test
  void closedCasesPastRetentionAreAnonymisedAndHeldOnesKept() {
    UUID due = closedCase();
    UUID held = closedCase();
    UUID open = opened();
    TestSignIn.actAs(supervisor);
    assertThatThrownBy(() -> retention.hold(held, true, " "))
        .hasMessage("cases.hold.reasonRequired");
    retention.hold(held, true, "Evidence in a prosecution at the Criminal Court");

    CaseRetention.Result result = retention.apply(LocalDate.now().plusYears(11));

    assertThat(result.anonymised()).isGreaterThanOrEqualTo(1);
    assertThat(keys.destroyed(due)).isTrue();
    assertThat(cases.read(due)).containsEntry("personId", null).containsEntry("narrative", null);
    assertThat(keys.destroyed(held)).isFalse();
    assertThat(cases.read(held)).containsEntry("narrative", "Worked unpaid on a farm");
    assertThat(keys.destroyed(open)).as("an open case is not due").isFalse();
    assertThat(audited("ANONYMISE", due)).isEqualTo(1);
    assertThat(audited("RETENTION_HELD", held)).isEqualTo(1);
    TestSignIn.actAs(caseworker);
    assertThatThrownBy(() -> cases.reopen(due)).hasMessage("cases.reopen.anonymised");
  }

  private UUID opened() {
    TestSignIn.actAs(caseworker);
    return cases.open(
        new ProtectionCases.Opening(
            person,
            CaseType.VULNERABLE_MIGRANT,
            false,
            "Worked unpaid on a farm",
            "privacy-notice-2026-1",
            "my",
            LegalBasis.VITAL_INTEREST));
  }

  private UUID closedCase() {
    UUID id = opened();
    approvals.requestClosure(id, ClosureReason.SERVICES_COMPLETED);
    TestSignIn.actAs(supervisor);
    approvals.decide(id, Approvals.Subject.CLOSURE, true);
    return id;
  }

  private int audited(String action, UUID id) {
    return jdbc.sql("select count(*) from audit.entry where action = ? and ? = any(record_ids)")
        .params(action, id.toString())
        .query(Integer.class)
        .single();
  }
}
