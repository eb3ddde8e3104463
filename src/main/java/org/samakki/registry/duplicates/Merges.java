package org.samakki.registry.duplicates;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.persons.PersonFiles;
import org.samakki.registry.persons.StatusRefresh;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Merging two records of one person, by a reviewer only (DP-20), and undoing it. A merge moves the
 * merged person's documents and registrations to the survivor and records exactly which rows it
 * moved; the merged person stays, pointing at the survivor, so that unmerging puts every row back
 * and both people are as they were, with their statuses derived again.
 */
@Service
public class Merges {

  private final JdbcClient jdbc;
  private final DuplicateFlags flags;
  private final DuplicateReview review;
  private final PersonFiles persons;
  private final StatusRefresh statuses;
  private final DuplicateCheck check;
  private final AccessControl access;
  private final AuditTrail audit;

  Merges(
      JdbcClient jdbc,
      DuplicateFlags flags,
      DuplicateReview review,
      PersonFiles persons,
      StatusRefresh statuses,
      DuplicateCheck check,
      AccessControl access,
      AuditTrail audit) {
    this.jdbc = jdbc;
    this.flags = flags;
    this.review = review;
    this.persons = persons;
    this.statuses = statuses;
    this.check = check;
    this.access = access;
    this.audit = audit;
  }

  /** A merge as the person pages show it. */
  public record Merge(
      long id,
      long survivorId,
      long mergedId,
      Long flagId,
      OffsetDateTime mergedAt,
      String mergedBy,
      OffsetDateTime undoneAt) {

    public boolean undone() {
      return undoneAt != null;
    }
  }

  /** Merges the flagged pair into the chosen survivor; returns the merge's id. */
  @Transactional
  public long merge(long flagId, long survivorId) {
    access.require(DuplicateReview.RESOURCE, "merge");
    DuplicateFlags.Flag flag = review.visible(flagId, "update", false);
    if (survivorId != flag.personA() && survivorId != flag.personB()) {
      throw new IllegalArgumentException("registry.duplicates.survivor.invalid");
    }
    long merged = survivorId == flag.personA() ? flag.personB() : flag.personA();
    List<Long> standing =
        jdbc.sql(
                "select id from registry.person where id in (?, ?) and merged_into is null"
                    + " for update")
            .params(survivorId, merged)
            .query(Long.class)
            .list();
    if (standing.size() != 2) {
      throw new IllegalArgumentException("registry.duplicates.stale");
    }
    // the flag is locked after the persons, in the order the duplicate check locks them
    DuplicateReview.requireOpen(flags.find(flagId, true).orElseThrow());
    Long[] documents = move("registry.document", merged, survivorId);
    Long[] registrations = move("registry.registration", merged, survivorId);
    Long[] repointed =
        ids(
            "update registry.person set merged_into = ? where merged_into = ? returning id",
            survivorId,
            merged);
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.sql(
            "update registry.person set merged_into = ?, linkage_checked_at = null, updated_at = ?"
                + " where id = ?")
        .params(survivorId, now, merged)
        .update();
    touch(survivorId, now);
    long id = nextId();
    jdbc.sql(
            "insert into registry.person_merge (id, flag_id, survivor_id, merged_id, documents,"
                + " registrations, repointed, merged_at, merged_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            flagId,
            survivorId,
            merged,
            documents,
            registrations,
            repointed,
            now,
            access.actor().name())
        .update();
    flags.decide(flagId, "MERGED", access.actor().name(), null, now);
    statuses.forget(merged);
    statuses.rederive(survivorId);
    audit.record(
        new AuditRecord(
            "MERGE",
            PersonFiles.PERSON,
            List.of(Long.toString(merged), Long.toString(survivorId)),
            List.of("documents", "registrations", "mergedInto"),
            AuditRecord.Outcome.SUCCESS,
            "duplicate flag " + flagId));
    recheckAfterCommit();
    return id;
  }

  /** Undoes a merge: every row it moved goes back, and the pair returns to the queue. */
  @Transactional
  public Merge unmerge(long mergeId) {
    access.require(DuplicateReview.RESOURCE, "unmerge");
    Merge merge =
        find(mergeId, true)
            .orElseThrow(
                () -> new RecordNotFoundException(DuplicateReview.RESOURCE, "merge " + mergeId));
    try {
      persons.require(merge.survivorId(), "update");
      persons.require(merge.mergedId(), "update");
    } catch (RecordNotFoundException e) {
      throw new RecordNotFoundException(DuplicateReview.RESOURCE, "merge " + mergeId);
    }
    if (merge.undone()) {
      throw new IllegalArgumentException("registry.duplicates.alreadyUndone");
    }
    Boolean survivorStanding =
        jdbc.sql("select merged_into is null from registry.person where id = ? for update")
            .param(merge.survivorId())
            .query(Boolean.class)
            .single();
    if (!survivorStanding) {
      // the survivor has since been merged itself: that later merge must be undone first
      throw new IllegalArgumentException("registry.duplicates.undoLaterFirst");
    }
    Long[][] moved =
        jdbc.sql(
                "select documents, registrations, repointed from registry.person_merge where id = ?")
            .param(mergeId)
            .query(
                (rs, n) ->
                    new Long[][] {
                      (Long[]) rs.getArray(1).getArray(),
                      (Long[]) rs.getArray(2).getArray(),
                      (Long[]) rs.getArray(3).getArray()
                    })
            .single();
    long merged = merge.mergedId();
    putBack("registry.document", moved[0], merged);
    putBack("registry.registration", moved[1], merged);
    jdbc.sql("update registry.person set merged_into = ? where id = any(?)")
        .params(merged, moved[2])
        .update();
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.sql(
            "update registry.person set merged_into = null, linkage_checked_at = null,"
                + " updated_at = ? where id = ?")
        .params(now, merged)
        .update();
    touch(merge.survivorId(), now);
    jdbc.sql("update registry.person_merge set undone_at = ?, undone_by = ? where id = ?")
        .params(now, access.actor().name(), mergeId)
        .update();
    if (merge.flagId() != null) {
      flags.reopen(merge.flagId());
    }
    statuses.rederive(merge.survivorId());
    statuses.rederive(merged);
    audit.record(
        new AuditRecord(
            "UNMERGE",
            PersonFiles.PERSON,
            List.of(Long.toString(merged), Long.toString(merge.survivorId())),
            List.of("documents", "registrations", "mergedInto"),
            AuditRecord.Outcome.SUCCESS,
            "merge " + mergeId));
    recheckAfterCommit();
    return merge;
  }

  /** The merges a person took part in, newest first (for their page). */
  public List<Merge> of(long personId) {
    return jdbc.sql(
            "select * from registry.person_merge where survivor_id = ? or merged_id = ?"
                + " order by merged_at desc, id desc")
        .params(personId, personId)
        .query(Merges::merge)
        .list();
  }

  /** The merge a flag was decided by, if it stands. */
  public Optional<Merge> ofFlag(long flagId) {
    return jdbc.sql("select * from registry.person_merge where flag_id = ? and undone_at is null")
        .param(flagId)
        .query(Merges::merge)
        .optional();
  }

  private Optional<Merge> find(long id, boolean forUpdate) {
    return jdbc.sql(
            "select * from registry.person_merge where id = ?" + (forUpdate ? " for update" : ""))
        .param(id)
        .query(Merges::merge)
        .optional();
  }

  private static Merge merge(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Merge(
        rs.getLong("id"),
        rs.getLong("survivor_id"),
        rs.getLong("merged_id"),
        (Long) rs.getObject("flag_id"),
        rs.getObject("merged_at", OffsetDateTime.class),
        rs.getString("merged_by"),
        rs.getObject("undone_at", OffsetDateTime.class));
  }

  private Long[] move(String table, long from, long to) {
    return ids("update " + table + " set person_id = ? where person_id = ? returning id", to, from);
  }

  private void putBack(String table, Long[] rows, long to) {
    jdbc.sql("update " + table + " set person_id = ? where id = any(?)").params(to, rows).update();
  }

  private Long[] ids(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).list().toArray(Long[]::new);
  }

  private void touch(long personId, OffsetDateTime now) {
    jdbc.sql("update registry.person set linkage_checked_at = null, updated_at = ? where id = ?")
        .params(now, personId)
        .update();
  }

  private long nextId() {
    return jdbc.sql("select nextval('registry.id_seq')").query(Long.class).single();
  }

  /** Both persons are matched again once the change is committed (the index follows the data). */
  private void recheckAfterCommit() {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            check.wake();
          }
        });
  }
}
