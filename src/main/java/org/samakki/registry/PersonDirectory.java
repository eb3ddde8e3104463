package org.samakki.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.samakki.registry.persons.PersonFiles;
import org.samakki.registry.persons.SubjectRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask the registry about a person: the registry's published entry point, so
 * that protection cases, referrals and health services name a person of the registry without
 * reaching into its internals.
 */
@Component
public class PersonDirectory {

  private final PersonFiles files;
  private final SubjectRecords subjects;
  private final JdbcClient jdbc;

  PersonDirectory(PersonFiles files, SubjectRecords subjects, JdbcClient jdbc) {
    this.files = files;
    this.subjects = subjects;
    this.jdbc = jdbc;
  }

  /**
   * The person's whole registry record for a subject access request (DP-09); refused unless the
   * reader may export one ({@code subject-access}), missing (404) for an unknown person.
   */
  public Map<String, Object> subjectRecord(long personId) {
    return subjects.export(personId);
  }

  /** Refuses as missing (404) a person the current user may not read. */
  public void requireReadable(long personId) {
    files.require(personId, "read");
  }

  /**
   * What aggregate statistics count a person by: nationality, sex and birth year; never a name, a
   * document or a contact. The caller publishes aggregates only, with small cells suppressed.
   */
  public record AggregateFacts(String nationality, String sex, Integer birthYear) {}

  /** The aggregate facts of these persons, by id; persons not found are absent. */
  public Map<Long, AggregateFacts> aggregateFacts(Collection<Long> personIds) {
    Map<Long, AggregateFacts> facts = new HashMap<>();
    if (personIds.isEmpty()) {
      return facts;
    }
    jdbc.sql("select id, nationality, sex, birth_year from registry.person where id = any(?)")
        .param(personIds.toArray(Long[]::new))
        .query(
            rs -> {
              Object year = rs.getObject("birth_year");
              facts.put(
                  rs.getLong("id"),
                  new AggregateFacts(
                      rs.getString("nationality"),
                      rs.getString("sex"),
                      year == null ? null : ((Number) year).intValue()));
            });
    return facts;
  }
}
