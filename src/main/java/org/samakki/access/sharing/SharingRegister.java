package org.samakki.access.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agreements and API clients, from {@code access.sharing_agreement} and {@code
 * access.api_client}.
 */
@Repository
public class SharingRegister {

  private final JdbcClient jdbc;

  SharingRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<SharingAgreement> agreements() {
    return jdbc.sql("select * from access.sharing_agreement order by valid_to desc, code")
        .query(this::mapAgreement)
        .list();
  }

  public Optional<SharingAgreement> agreement(UUID id) {
    return jdbc.sql("select * from access.sharing_agreement where id = ?")
        .param(id)
        .query(this::mapAgreement)
        .optional();
  }

  void insert(SharingAgreement a) {
    jdbc.sql(
            "insert into access.sharing_agreement (id, code, title, purposes, data_categories,"
                + " valid_from, valid_to, created_at) values (?, ?, ?, ?, ?, ?, ?, now())")
        .params(
            a.id(),
            a.code(),
            a.title(),
            a.purposes().toArray(String[]::new),
            a.dataCategories().toArray(String[]::new),
            a.validFrom(),
            a.validTo())
        .update();
    for (UUID agency : a.agencyIds()) {
      jdbc.sql("insert into access.sharing_agreement_party (agreement_id, agency_id) values (?, ?)")
          .params(a.id(), agency)
          .update();
    }
  }

  public List<ApiClient> clients() {
    return jdbc.sql("select * from access.api_client order by created_at desc")
        .query(SharingRegister::client)
        .list();
  }

  public Optional<ApiClient> client(UUID id) {
    return jdbc.sql("select * from access.api_client where id = ?")
        .param(id)
        .query(SharingRegister::client)
        .optional();
  }

  void insert(ApiClient c, UUID createdBy) {
    jdbc.sql(
            "insert into access.api_client (id, agency_id, name, role, purpose, agreement_id,"
                + " secret_hash, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.id(),
            c.agencyId(),
            c.name(),
            c.role(),
            c.purpose(),
            c.agreementId(),
            c.secretHash(),
            createdBy,
            utc(c.createdAt()))
        .update();
  }

  void revoke(UUID id, Instant at) {
    jdbc.sql("update access.api_client set revoked_at = ? where id = ? and revoked_at is null")
        .params(utc(at), id)
        .update();
  }

  public void used(UUID id, Instant at) {
    jdbc.sql(
            "update access.api_client set last_used_at = ? where id = ?"
                + " and (last_used_at is null or last_used_at < ?)")
        .params(utc(at), id, utc(at.minusSeconds(60)))
        .update();
  }

  private SharingAgreement mapAgreement(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new SharingAgreement(
        id,
        rs.getString("code"),
        rs.getString("title"),
        new HashSet<>(
            jdbc.sql("select agency_id from access.sharing_agreement_party where agreement_id = ?")
                .param(id)
                .query(UUID.class)
                .list()),
        Arrays.asList((String[]) rs.getArray("purposes").getArray()),
        Arrays.asList((String[]) rs.getArray("data_categories").getArray()),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class));
  }

  private static ApiClient client(ResultSet rs, int row) throws SQLException {
    return new ApiClient(
        rs.getObject("id", UUID.class),
        rs.getObject("agency_id", UUID.class),
        rs.getString("name"),
        rs.getString("role"),
        rs.getString("purpose"),
        rs.getObject("agreement_id", UUID.class),
        rs.getBytes("secret_hash"),
        instant(rs, "created_at"),
        instant(rs, "last_used_at"),
        instant(rs, "revoked_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
