package org.samakki.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.samakki.CommandArguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is append-only and hash-chained (DP-08): the application cannot change or remove
 * an entry, and an entry edited by hand is found by {@code audit verify} at that very entry. Runs
 * on a database of its own, since it tampers with the chain on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditTrailTests {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("samakki-audit-test");
    registry.add("samakki.data-dir", dir::toString);
  }

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired AuditVerifyCommand verifyCommand;

  @Test
  void entriesFormAnIntactChain() {
    AuditEntry first = read("person", "p-1");
    AuditEntry second = read("person", "p-2");
    assertThat(second.seq()).isEqualTo(first.seq() + 1);
    ChainVerification result = trail.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theApplicationCannotChangeOrRemoveAnEntry() {
    AuditEntry entry = read("person", "p-3");
    assertThatThrownBy(
            () ->
                jdbc.sql("update audit.entry set action = 'NOTHING' where seq = ?")
                    .param(entry.seq())
                    .update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("delete from audit.entry where seq = ?").param(entry.seq()).update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit.entry").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void anEntryEditedByHandBreaksTheChainAtThatEntry() {
    AuditEntry before = read("person", "p-4");
    AuditEntry edited = read("person", "p-5");
    AuditEntry after = read("person", "p-6");
    bypassingTriggers("update audit.entry set record_ids = '{p-999}' where seq = " + edited.seq());
    try {
      ChainVerification result = trail.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).contains(edited.seq());
      assertThat(result.entriesChecked()).isEqualTo(edited.seq() - 1);
      assertThat(before.seq()).isLessThan(edited.seq());
      assertThat(after.seq()).isGreaterThan(edited.seq());

      ByteArrayOutputStream output = new ByteArrayOutputStream();
      int exit =
          verifyCommand.run(
              new CommandArguments(List.of()),
              new PrintStream(output, true, StandardCharsets.UTF_8));
      assertThat(exit).isEqualTo(1);
      assertThat(output.toString(StandardCharsets.UTF_8))
          .contains("BROKEN at entry " + edited.seq());
    } finally {
      bypassingTriggers("update audit.entry set record_ids = '{p-5}' where seq = " + edited.seq());
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aRemovedEntryIsFound() {
    AuditEntry removed = read("person", "p-7");
    read("person", "p-8");
    bypassingTriggers(
        "create table audit.kept as select * from audit.entry where seq = " + removed.seq());
    bypassingTriggers("delete from audit.entry where seq = " + removed.seq());
    try {
      ChainVerification result = trail.verify();
      assertThat(result.firstBrokenSeq()).contains(removed.seq());
      assertThat(result.problem()).contains("missing");
    } finally {
      bypassingTriggers("insert into audit.entry select * from audit.kept; drop table audit.kept");
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void entriesHoldRecordIdsAndFieldNamesOnly() {
    UUID actor = UUID.randomUUID();
    AuditEntry entry =
        transaction.execute(
            s ->
                trail.record(
                    new AuditActor(
                        actor, "officer.kanya", List.of("caseworker"), UUID.randomUUID()),
                    AuditRecord.read(
                        "VIEW", "person", List.of("p-10"), List.of("name", "birthDate"))));
    List<AuditEntry> found =
        trail.find(new AuditQuery(actor, null, null, null, "p-10", null, null, null, null, 10));
    assertThat(found)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fields()).containsExactly("name", "birthDate");
              assertThat(e.actorName()).isEqualTo("officer.kanya");
              assertThat(e.seq()).isEqualTo(entry.seq());
            });
    assertThat(
            trail.exposure(
                new AuditQuery(actor, null, null, null, null, null, null, null, null, 10)))
        .singleElement()
        .satisfies(x -> assertThat(x.recordId()).isEqualTo("p-10"));
  }

  private AuditEntry read(String resource, String id) {
    return transaction.execute(
        s ->
            trail.record(
                AuditActor.SYSTEM,
                AuditRecord.read("VIEW", resource, List.of(id), List.of("name"))));
  }

  /** What someone with the database superuser's rights could do by hand. */
  private void bypassingTriggers(String sql) {
    transaction.executeWithoutResult(
        s -> {
          jdbc.sql("set local session_replication_role = replica").update();
          jdbc.sql(sql).update();
        });
  }
}
