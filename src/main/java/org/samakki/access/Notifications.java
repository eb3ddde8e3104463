package org.samakki.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-application notifications: sent by any module, read by the user they are for. */
@Service("notifications")
public class Notifications {

  private final JdbcClient jdbc;
  private final AccessControl access;
  private final Clock clock;

  Notifications(JdbcClient jdbc, AccessControl access, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.clock = clock;
  }

  @Transactional
  public void send(
      UUID userId, String kind, List<String> params, String resource, String recordId) {
    jdbc.sql(
            "insert into access.notification (id, user_id, kind, params, resource_type, record_id,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            userId,
            kind,
            params.toArray(String[]::new),
            resource,
            recordId,
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
  }

  /** Unread notifications of the signed-in user; 0 when nobody is signed in. */
  @Transactional(readOnly = true)
  public int unreadCount() {
    return access
        .findActor()
        .filter(a -> a.kind() == Actor.Kind.USER)
        .map(
            a ->
                jdbc.sql(
                        "select count(*) from access.notification where user_id = ? and read_at is null")
                    .param(a.id())
                    .query(Integer.class)
                    .single())
        .orElse(0);
  }

  @Transactional(readOnly = true)
  public List<Notification> recent(int limit) {
    return jdbc.sql(
            "select * from access.notification where user_id = ? order by created_at desc limit ?")
        .params(access.actor().id(), limit)
        .query(Notifications::map)
        .list();
  }

  @Transactional
  public void markAllRead() {
    jdbc.sql("update access.notification set read_at = ? where user_id = ? and read_at is null")
        .params(
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), access.actor().id())
        .update();
  }

  private static Notification map(ResultSet rs, int row) throws SQLException {
    return new Notification(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        Arrays.asList((String[]) rs.getArray("params").getArray()),
        rs.getString("resource_type"),
        rs.getString("record_id"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("read_at") != null);
  }
}
