package org.samakki.access.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account and per address over the last minute, kept in the database so that
 * every node of a cluster throttles the same way.
 */
@Component
class SignInFailures {

  static final int ALLOWED_PER_MINUTE = 6;
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  SignInFailures(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Whether another attempt now would be the 7th failure in a minute for this account or address.
   */
  @Transactional(readOnly = true)
  boolean exhausted(String username, String address) {
    return count("ACCOUNT", key(username)) >= ALLOWED_PER_MINUTE
        || count("ADDRESS", address) >= ALLOWED_PER_MINUTE;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void record(String username, String address) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    jdbc.sql(
            "insert into access.sign_in_failure (kind, key, failed_at) values ('ACCOUNT', ?, ?), ('ADDRESS', ?, ?)")
        .params(key(username), now, address, now)
        .update();
  }

  @Scheduled(fixedDelay = 600_000)
  @Transactional
  void forgetOld() {
    jdbc.sql("delete from access.sign_in_failure where failed_at < ?")
        .param(OffsetDateTime.now(clock).minusHours(1))
        .update();
  }

  private long count(String kind, String key) {
    return jdbc.sql(
            "select count(*) from access.sign_in_failure where kind = ? and key = ?"
                + " and failed_at > ? and failed_at <= ?")
        .params(kind, key, OffsetDateTime.now(clock).minus(WINDOW), OffsetDateTime.now(clock))
        .query(Long.class)
        .single();
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
