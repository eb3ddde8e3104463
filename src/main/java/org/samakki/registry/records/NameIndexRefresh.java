package org.samakki.registry.records;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.samakki.Command;
import org.samakki.CommandArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code registry reindex-names}: computes every person's name keys again, after the way names are
 * keyed changed (a new transliteration rule, a whole-name lexeme), in chunks of one transaction
 * each, so that it can be stopped and run again.
 */
@Component
class NameIndexRefresh implements Command {

  private static final int CHUNK = 10_000;

  private final JdbcClient jdbc;
  private final NameKeys nameKeys;

  NameIndexRefresh(JdbcClient jdbc, NameKeys nameKeys) {
    this.jdbc = jdbc;
    this.nameKeys = nameKeys;
  }

  @Override
  public String name() {
    return "registry reindex-names";
  }

  @Override
  public String summary() {
    return "compute every person's search keys again: registry reindex-names";
  }

  @Override
  public int run(CommandArguments arguments, PrintStream out) {
    long started = System.nanoTime();
    long after = Long.MIN_VALUE;
    long done = 0;
    while (true) {
      List<Object[]> rows =
          jdbc.sql(
                  "select id, given_name, family_name, name_native from registry.person"
                      + " where id > ? order by id limit "
                      + CHUNK)
              .param(after)
              .query(
                  (rs, n) ->
                      new Object[] {
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)
                      })
              .list();
      if (rows.isEmpty()) {
        break;
      }
      List<Long> ids = new ArrayList<>(rows.size());
      List<String> keys = new ArrayList<>(rows.size());
      for (Object[] row : rows) {
        ids.add((Long) row[0]);
        keys.add(nameKeys.tsvector((String) row[1], (String) row[2], (String) row[3]));
      }
      jdbc.sql(
              "update registry.person p set name_keys = v.keys::tsvector"
                  + " from unnest(?::bigint[], ?::text[]) as v(id, keys) where p.id = v.id")
          .params(ids.toArray(Long[]::new), keys.toArray(String[]::new))
          .update();
      after = ids.get(ids.size() - 1);
      done += rows.size();
      if (done % 500_000 < CHUNK) {
        out.printf("%,d persons%n", done);
      }
    }
    out.printf(
        "Name keys of %,d persons computed again in %.1f s.%n",
        done, (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
