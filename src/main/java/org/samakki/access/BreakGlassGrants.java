package org.samakki.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Emergency grants to single records, from {@code access.break_glass_grant}. */
@Repository
class BreakGlassGrants {

  private final JdbcClient jdbc;

  BreakGlassGrants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean isActive(UUID userId, String resource, String recordId, Instant now) {
    return jdbc.sql(
            "select exists (select 1 from access.break_glass_grant where user_id = ?"
                + " and resource_type = ? and record_id = ? and granted_at <= ? and expires_at > ?)")
        .params(userId, resource, recordId, utc(now), utc(now))
        .query(Boolean.class)
        .single();
  }

  void insert(
      UUID userId, String resource, String recordId, String reason, Instant at, Instant until) {
    jdbc.sql(
            "insert into access.break_glass_grant (id, user_id, resource_type, record_id, reason,"
                + " granted_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), userId, resource, recordId, reason, utc(at), utc(until))
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
