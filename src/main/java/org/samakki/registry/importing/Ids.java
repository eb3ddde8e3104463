package org.samakki.registry.importing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** New ids for registry rows, taken from the sequence in one round trip per batch. */
final class Ids {

  private Ids() {}

  static long[] next(JdbcClient jdbc, int count) {
    if (count == 0) {
      return new long[0];
    }
    return jdbc
        .sql("select nextval('registry.id_seq') from generate_series(1, ?)")
        .param(count)
        .query(Long.class)
        .list()
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }
}
