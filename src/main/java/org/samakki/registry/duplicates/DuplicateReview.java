package org.samakki.registry.duplicates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.persons.PersonFile;
import org.samakki.registry.persons.PersonFiles;
import org.samakki.registry.persons.PersonScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate review queue: officers see the flagged pairs of persons they may see, both files
 * side by side with the engine's explanation, and decide "not the same person" or merge ({@link
 * Merges}). Every view and decision is audited.
 */
@Service
public class DuplicateReview {

  static final String RESOURCE = "person-duplicate";
  public static final int PAGE = 50;

  private final JdbcClient jdbc;
  private final DuplicateFlags flags;
  private final PersonFiles persons;
  private final AccessControl access;
  private final AuditTrail audit;

  DuplicateReview(
      JdbcClient jdbc,
      DuplicateFlags flags,
      PersonFiles persons,
      AccessControl access,
      AuditTrail audit) {
    this.jdbc = jdbc;
    this.flags = flags;
    this.persons = persons;
    this.access = access;
    this.audit = audit;
  }

  /** One pair in the queue, with what the reader may see of both persons. */
  public record Entry(
      long id, double probability, Map<String, Object> personA, Map<String, Object> personB) {}

  /** A pair under review: the flag, both files, and the explanation as a waterfall. */
  public record Review(
      Map<String, Object> flag,
      PersonFile personA,
      PersonFile personB,
      Waterfall waterfall,
      boolean open) {}

  /** The open flags the reader may decide, most likely duplicates first. */
  @Transactional
  public List<Entry> queue() {
    access.require(RESOURCE, "list");
    StringBuilder sql =
        new StringBuilder(
            "select f.id, f.person_a, f.person_b, f.probability from registry.duplicate_flag f"
                + " join registry.person pa on pa.id = f.person_a and pa.merged_into is null"
                + " join registry.person pb on pb.id = f.person_b and pb.merged_into is null"
                + " where f.state = 'OPEN'");
    List<Object> params = new ArrayList<>();
    PersonScope.limit(access, "pa", sql, params);
    PersonScope.limit(access, "pb", sql, params);
    sql.append(" order by f.probability desc, f.id limit ").append(PAGE);
    List<Object[]> rows =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, n) ->
                    new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4)})
            .list();
    Set<Long> ids = new LinkedHashSet<>();
    rows.forEach(
        r -> {
          ids.add((Long) r[1]);
          ids.add((Long) r[2]);
        });
    Map<Long, Map<String, Object>> seen = persons.summaries(List.copyOf(ids));
    List<Entry> entries = new ArrayList<>();
    for (Object[] r : rows) {
      Map<String, Object> a = seen.get((Long) r[1]);
      Map<String, Object> b = seen.get((Long) r[2]);
      if (a != null && b != null) {
        entries.add(new Entry((Long) r[0], (Double) r[3], a, b));
      }
    }
    audit.record(
        AuditRecord.read(
            "LIST",
            RESOURCE,
            entries.stream().map(e -> Long.toString(e.id())).toList(),
            List.of("id", "probability", "personA", "personB")));
    return entries;
  }

  /** A pair and both files; missing (404) unless the reader may see both persons. */
  @Transactional
  public Review review(long id) {
    access.require(RESOURCE, "read");
    DuplicateFlags.Flag flag = visible(id, "read", false);
    PersonFile a = persons.read(flag.personA());
    PersonFile b = persons.read(flag.personB());
    Map<String, Object> view = access.readable(RESOURCE, DuplicateView.of(flag));
    audit.record(
        AuditRecord.read("VIEW", RESOURCE, List.of(Long.toString(id)), List.copyOf(view.keySet())));
    return new Review(view, a, b, Waterfall.of(flag.explanation()), "OPEN".equals(flag.state()));
  }

  /** The flag as the reader may see it (the API). */
  @Transactional
  public Map<String, Object> flag(long id) {
    access.require(RESOURCE, "read");
    DuplicateFlags.Flag flag = visible(id, "read", false);
    Map<String, Object> view = access.readable(RESOURCE, DuplicateView.of(flag));
    audit.record(
        AuditRecord.read("VIEW", RESOURCE, List.of(Long.toString(id)), List.copyOf(view.keySet())));
    return view;
  }

  /** The reviewer's decision that the two records are two different people. */
  @Transactional
  public void distinct(long id, String note) {
    access.require(RESOURCE, "decide");
    DuplicateFlags.Flag flag = visible(id, "update", true);
    requireOpen(flag);
    String reason = note == null || note.isBlank() ? null : note.strip();
    if (reason != null && reason.length() > 1000) {
      throw new IllegalArgumentException("registry.duplicates.note.tooLong");
    }
    flags.decide(id, "DISTINCT", access.actor().name(), reason, OffsetDateTime.now());
    audit.record(
        new AuditRecord(
            "DECIDE_DISTINCT",
            RESOURCE,
            List.of(
                Long.toString(id), Long.toString(flag.personA()), Long.toString(flag.personB())),
            List.of("state", "note"),
            AuditRecord.Outcome.SUCCESS,
            // the note is a value: the audit trail keeps field names only (DP-08)
            null));
  }

  /**
   * The flag, if the reader may act this way on both of its persons; refused as missing otherwise,
   * so that a pair outside their scope does not show that it exists.
   */
  DuplicateFlags.Flag visible(long id, String personAction, boolean forUpdate) {
    DuplicateFlags.Flag flag =
        flags
            .find(id, forUpdate)
            .orElseThrow(() -> new RecordNotFoundException(RESOURCE, Long.toString(id)));
    try {
      persons.require(flag.personA(), personAction);
      persons.require(flag.personB(), personAction);
    } catch (RecordNotFoundException e) {
      throw new RecordNotFoundException(RESOURCE, Long.toString(id));
    }
    return flag;
  }

  static void requireOpen(DuplicateFlags.Flag flag) {
    if (!"OPEN".equals(flag.state())) {
      throw new IllegalArgumentException("registry.duplicates.alreadyDecided");
    }
  }
}
