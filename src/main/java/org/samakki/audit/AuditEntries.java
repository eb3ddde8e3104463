package org.samakki.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code audit.entry} and the head of their chain. */
@Repository
class AuditEntries {

  private static final String COLUMNS =
      "seq, occurred_at, actor_id, actor_name, roles, agency_id, purpose, agreement, action,"
          + " resource_type, record_ids, fields, outcome, reason, client_address, request_id";
  private static final RowMapper<AuditEntry> ENTRY = AuditEntries::entry;

  private final JdbcClient jdbc;

  AuditEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Chain head under a row lock held until the caller's transaction ends. */
  ChainLink lockHead() {
    return jdbc.sql("select seq, hash from audit.chain_head where id = 1 for update")
        .query((rs, n) -> new ChainLink(rs.getLong("seq"), rs.getBytes("hash")))
        .single();
  }

  void append(AuditEntry e, byte[] previousHash, byte[] hash) {
    jdbc.sql(
            "insert into audit.entry ("
                + COLUMNS
                + ", prev_hash, hash) values (:seq, :at, :actorId, :actorName, :roles, :agencyId,"
                + " :purpose, :agreement, :action, :resourceType, :recordIds, :fields, :outcome, :reason,"
                + " :clientAddress, :requestId, :prevHash, :hash)")
        .param("seq", e.seq())
        .param("at", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
        .param("actorId", e.actorId())
        .param("actorName", e.actorName())
        .param("roles", e.roles().toArray(String[]::new))
        .param("agencyId", e.agencyId())
        .param("purpose", e.purpose())
        .param("agreement", e.agreement())
        .param("action", e.action())
        .param("resourceType", e.resourceType())
        .param("recordIds", e.recordIds().toArray(String[]::new))
        .param("fields", e.fields().toArray(String[]::new))
        .param("outcome", e.outcome().name())
        .param("reason", e.reason())
        .param("clientAddress", e.clientAddress())
        .param("requestId", e.requestId())
        .param("prevHash", previousHash)
        .param("hash", hash)
        .update();
    jdbc.sql("update audit.chain_head set seq = :seq, hash = :hash where id = 1")
        .param("seq", e.seq())
        .param("hash", hash)
        .update();
  }

  List<AuditEntry> find(AuditQuery q) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit.entry where true");
    List<Object> params = new ArrayList<>();
    condition(sql, params, q.actorId(), " and actor_id = ?");
    condition(sql, params, q.actorName(), " and actor_name = ?");
    condition(sql, params, q.agencyId(), " and agency_id = ?");
    condition(sql, params, q.resourceType(), " and resource_type = ?");
    condition(sql, params, q.recordId(), " and record_ids @> array[?]::text[]");
    condition(sql, params, q.action(), " and action = ?");
    condition(sql, params, utc(q.from()), " and occurred_at >= ?");
    condition(sql, params, utc(q.to()), " and occurred_at < ?");
    condition(sql, params, q.beforeSeq(), " and seq < ?");
    sql.append(" order by seq desc limit ").append(q.limit());
    return jdbc.sql(sql.toString()).params(params).query(ENTRY).list();
  }

  /** The records touched by the matching successful entries, one row per record (DP-15). */
  List<Exposure> exposure(AuditQuery q) {
    StringBuilder sql =
        new StringBuilder(
            "select resource_type, record_id, array_agg(distinct actor_name order by actor_name) as actors,"
                + " count(*) as times, min(occurred_at) as first_at, max(occurred_at) as last_at"
                + " from audit.entry, unnest(record_ids) as record_id where outcome = 'SUCCESS'");
    List<Object> params = new ArrayList<>();
    condition(sql, params, q.actorId(), " and actor_id = ?");
    condition(sql, params, q.actorName(), " and actor_name = ?");
    condition(sql, params, q.agencyId(), " and agency_id = ?");
    condition(sql, params, q.resourceType(), " and resource_type = ?");
    condition(sql, params, utc(q.from()), " and occurred_at >= ?");
    condition(sql, params, utc(q.to()), " and occurred_at < ?");
    sql.append(" group by resource_type, record_id order by resource_type, record_id limit ")
        .append(q.limit());
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new Exposure(
                    rs.getString("resource_type"),
                    rs.getString("record_id"),
                    strings(rs.getArray("actors")),
                    rs.getLong("times"),
                    rs.getObject("first_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("last_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Every entry with its stored hashes, in chain order, a page at a time. */
  void forEachInChainOrder(int pageSize, Consumer<StoredEntry> visitor) {
    long after = 0;
    while (true) {
      List<StoredEntry> page =
          jdbc.sql(
                  "select "
                      + COLUMNS
                      + ", prev_hash, hash from audit.entry where seq > ? order by seq limit ?")
              .params(after, pageSize)
              .query(
                  (rs, n) ->
                      new StoredEntry(entry(rs, n), rs.getBytes("prev_hash"), rs.getBytes("hash")))
              .list();
      page.forEach(visitor);
      if (page.size() < pageSize) {
        return;
      }
      after = page.get(page.size() - 1).entry().seq();
    }
  }

  ChainLink head() {
    return jdbc.sql("select seq, hash from audit.chain_head where id = 1")
        .query((rs, n) -> new ChainLink(rs.getLong("seq"), rs.getBytes("hash")))
        .single();
  }

  record ChainLink(long seq, byte[] hash) {}

  record StoredEntry(AuditEntry entry, byte[] previousHash, byte[] hash) {}

  private static void condition(
      StringBuilder sql, List<Object> params, Object value, String clause) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      sql.append(clause);
      params.add(value);
    }
  }

  private static OffsetDateTime utc(java.time.Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("actor_id", UUID.class),
        rs.getString("actor_name"),
        strings(rs.getArray("roles")),
        rs.getObject("agency_id", UUID.class),
        rs.getString("purpose"),
        rs.getString("agreement"),
        rs.getString("action"),
        rs.getString("resource_type"),
        strings(rs.getArray("record_ids")),
        strings(rs.getArray("fields")),
        AuditRecord.Outcome.valueOf(rs.getString("outcome")),
        rs.getString("reason"),
        rs.getString("client_address"),
        rs.getString("request_id"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
