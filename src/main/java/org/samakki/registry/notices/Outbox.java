package org.samakki.registry.notices;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices outbox (registry.notice): notices are queued once, claimed a few at a time by
 * whichever server gets them first, and closed as sent, failed or abandoned. A claim is a lease: a
 * notice whose sender died is claimed again when the lease runs out, so none is lost and one may be
 * sent twice, never after it was marked sent.
 */
@Repository
class Outbox {

  static final String PENDING = "PENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";
  static final String ABANDONED = "ABANDONED";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  Outbox(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Queues notices not queued before; returns how many are new. */
  int queue(List<QueuedNotice> notices, Instant now) {
    if (notices.isEmpty()) {
      return 0;
    }
    int[] inserted =
        template.batchUpdate(
            "insert into registry.notice (recipient, person_id, employer_id, channel, address,"
                + " language, deadline, lead_days, topics, subject, body, next_attempt_at, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (person_id, deadline, recipient, channel, lead_days) do nothing",
            new BatchPreparedStatementSetter() {
              @Override
              public void setValues(PreparedStatement ps, int i) throws SQLException {
                QueuedNotice n = notices.get(i);
                ps.setString(1, n.recipient().name());
                ps.setLong(2, n.personId());
                ps.setObject(3, n.employerId());
                ps.setString(4, n.channel().name());
                ps.setString(5, n.address());
                ps.setString(6, n.letter().language());
                ps.setObject(7, n.deadline());
                ps.setInt(8, n.leadDays());
                ps.setArray(
                    9,
                    ps.getConnection()
                        .createArrayOf("text", n.topics().stream().map(Topic::name).toArray()));
                ps.setString(10, n.subject());
                ps.setString(11, n.letter().text(n.channel()));
                ps.setObject(12, utc(now));
                ps.setObject(13, utc(now));
              }

              @Override
              public int getBatchSize() {
                return notices.size();
              }
            });
    supersede(notices);
    int count = 0;
    for (int rows : inserted) {
      count += Math.max(rows, 0);
    }
    return count;
  }

  /** A nearer notice for the same deadline replaces an earlier one that is still waiting. */
  private void supersede(List<QueuedNotice> notices) {
    template.batchUpdate(
        "update registry.notice set status = 'ABANDONED', last_error = 'superseded'"
            + " where person_id = ? and recipient = ? and channel = ? and deadline = ?"
            + " and lead_days > ? and status = 'PENDING'",
        notices,
        notices.size(),
        (ps, n) -> {
          ps.setLong(1, n.personId());
          ps.setString(2, n.recipient().name());
          ps.setString(3, n.channel().name());
          ps.setObject(4, n.deadline());
          ps.setInt(5, n.leadDays());
        });
  }

  /**
   * Gives up on waiting notices that can no longer help: their deadline has passed or changed (the
   * worker acted, or their situation did), or their sender died on the last allowed attempt.
   */
  int expire(LocalDate today, Instant now, int maxAttempts) {
    int passed =
        jdbc.sql(
                "update registry.notice set status = 'ABANDONED', last_error = 'deadline passed'"
                    + " where status = 'PENDING' and deadline < ?")
            .param(today)
            .update();
    int changed =
        jdbc.sql(
                "update registry.notice n set status = 'ABANDONED', last_error = 'deadline changed'"
                    + " where n.status = 'PENDING' and n.next_attempt_at <= ? and not exists"
                    + " (select 1 from registry.worker_status ws"
                    + " where ws.person_id = n.person_id and ws.next_deadline = n.deadline)")
            .param(utc(now))
            .update();
    int dead =
        jdbc.sql(
                "update registry.notice set status = 'ABANDONED', last_error = 'no outcome after the"
                    + " last attempt' where status = 'PENDING' and attempts >= ? and next_attempt_at <= ?")
            .params(maxAttempts, utc(now))
            .update();
    return passed + changed + dead;
  }

  /**
   * Claims up to {@code limit} due notices for these channels until {@code leaseUntil}, counting
   * the attempt; rows another server holds are skipped, not waited for.
   */
  List<Notice> claim(Collection<Channel> channels, Instant now, Instant leaseUntil, int limit) {
    if (channels.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "update registry.notice set attempts = attempts + 1, next_attempt_at = ?"
                + " where id in (select id from registry.notice"
                + " where status = 'PENDING' and next_attempt_at <= ? and channel = any(?)"
                + " order by next_attempt_at, id limit ? for update skip locked)"
                + " returning id, person_id, recipient, channel, address, language, deadline,"
                + " subject, body, attempts")
        .params(
            utc(leaseUntil),
            utc(now),
            channels.stream().map(Channel::name).toArray(String[]::new),
            limit)
        .query(
            (rs, n) ->
                new Notice(
                    rs.getLong("id"),
                    rs.getLong("person_id"),
                    Recipient.valueOf(rs.getString("recipient")),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getString("address"),
                    rs.getString("language"),
                    rs.getObject("deadline", LocalDate.class),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getInt("attempts")))
        .list();
  }

  /** Marks a notice sent; false when it was no longer waiting (closed by another server). */
  boolean sent(long id, Instant now, String providerId) {
    return jdbc.sql(
                "update registry.notice set status = 'SENT', sent_at = ?, provider_id = ?,"
                    + " last_error = null where id = ? and status = 'PENDING'")
            .params(utc(now), providerId, id)
            .update()
        == 1;
  }

  /** After a failed attempt: try again at {@code next}. */
  void retry(long id, String error, Instant next) {
    jdbc.sql(
            "update registry.notice set last_error = ?, next_attempt_at = ?"
                + " where id = ? and status = 'PENDING'")
        .params(error, utc(next), id)
        .update();
  }

  /** Closes a notice that will not be sent: FAILED for good, or ABANDONED after trying. */
  void close(long id, String status, String error) {
    jdbc.sql(
            "update registry.notice set status = ?, last_error = ? where id = ? and status = 'PENDING'")
        .params(status, error, id)
        .update();
  }

  /**
   * Deletes closed notices created before this moment: their text holds names and addresses, and
   * the audit trail keeps that they were sent.
   */
  int purge(Instant before) {
    return jdbc.sql("delete from registry.notice where status <> 'PENDING' and created_at < ?")
        .param(utc(before))
        .update();
  }

  /** Whether notices for this channel are waiting, so that an idle channel is worth a warning. */
  boolean waiting(Channel channel) {
    return jdbc.sql(
            "select exists (select 1 from registry.notice where status = 'PENDING' and channel = ?)")
        .param(channel.name())
        .query(Boolean.class)
        .single();
  }

  /** The last day planned before this one, if any. */
  Optional<LocalDate> lastPlannedBefore(LocalDate day) {
    return jdbc.sql("select max(day) from registry.notice_planning where day < ?")
        .param(day)
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
        .single();
  }

  void planned(LocalDate day, int queued, Instant now) {
    jdbc.sql(
            "insert into registry.notice_planning (day, queued, planned_at) values (?, ?, ?)"
                + " on conflict (day) do update set queued = registry.notice_planning.queued"
                + " + excluded.queued, planned_at = excluded.planned_at")
        .params(day, queued, utc(now))
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
