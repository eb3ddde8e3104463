package org.samakki.registry.duplicates;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.samakki.linkage.Candidate;
import org.samakki.linkage.Explanation;
import org.samakki.linkage.FieldWeight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The flagged pairs: written by the check, read by the review queue, decided by reviewers. */
@Repository
class DuplicateFlags {

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  DuplicateFlags(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A flag as stored; persons in id order, the explanation's left side is {@code personA}. */
  record Flag(
      long id,
      long personA,
      long personB,
      double probability,
      Explanation explanation,
      String state,
      OffsetDateTime flaggedAt,
      OffsetDateTime decidedAt,
      String decidedBy,
      String note) {}

  /**
   * Flags the pair for review, or refreshes an open flag's score; a decided pair stays decided and
   * a pair with a merged-away person is not flagged. Returns 1 if a new flag was made.
   */
  int flag(long person, long other, Candidate candidate, OffsetDateTime now) {
    boolean personFirst = person < other;
    Explanation explanation =
        personFirst ? candidate.explanation() : mirrored(candidate.explanation());
    Boolean inserted =
        jdbc.sql(
                "insert into registry.duplicate_flag (id, person_a, person_b, probability,"
                    + " match_weight, explanation, flagged_at)"
                    + " select nextval('registry.id_seq'), ?, ?, ?, ?, ?::jsonb, ?"
                    + " where not exists (select 1 from registry.person"
                    + "   where id in (?, ?) and merged_into is not null)"
                    + " on conflict (person_a, person_b) do update set"
                    + "   probability = excluded.probability, match_weight = excluded.match_weight,"
                    + "   explanation = excluded.explanation"
                    + "   where registry.duplicate_flag.state = 'OPEN'"
                    + " returning (xmax = 0)")
            .params(
                Math.min(person, other),
                Math.max(person, other),
                candidate.probability(),
                candidate.matchWeight(),
                json.writeValueAsString(explanation),
                now,
                person,
                other)
            .query(Boolean.class)
            .optional()
            .orElse(false);
    return inserted ? 1 : 0;
  }

  Optional<Flag> find(long id, boolean forUpdate) {
    return jdbc.sql(
            "select * from registry.duplicate_flag where id = ?" + (forUpdate ? " for update" : ""))
        .param(id)
        .query(
            (rs, n) ->
                new Flag(
                    rs.getLong("id"),
                    rs.getLong("person_a"),
                    rs.getLong("person_b"),
                    rs.getDouble("probability"),
                    json.readValue(rs.getString("explanation"), Explanation.class),
                    rs.getString("state"),
                    rs.getObject("flagged_at", OffsetDateTime.class),
                    rs.getObject("decided_at", OffsetDateTime.class),
                    rs.getString("decided_by"),
                    rs.getString("note")))
        .optional();
  }

  void decide(long id, String state, String by, String note, OffsetDateTime at) {
    jdbc.sql(
            "update registry.duplicate_flag set state = ?, decided_by = ?, decided_at = ?, note = ?"
                + " where id = ?")
        .params(state, by, at, note, id)
        .update();
  }

  /** Back to the queue, as it was before the decision (an undone merge). */
  void reopen(long id) {
    jdbc.sql(
            "update registry.duplicate_flag set state = 'OPEN', decided_by = null,"
                + " decided_at = null, note = null where id = ?")
        .param(id)
        .update();
  }

  /** The same explanation seen from the other record: left and right values swapped. */
  static Explanation mirrored(Explanation explanation) {
    List<FieldWeight> fields =
        explanation.fields().stream()
            .map(
                f ->
                    new FieldWeight(
                        f.field(), f.level(), f.weight(), f.rightValue(), f.leftValue()))
            .toList();
    return new Explanation(
        explanation.priorWeight(), fields, explanation.matchWeight(), explanation.probability());
  }
}
