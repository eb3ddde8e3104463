package org.samakki.access.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies, from {@code access.agency}. */
@Repository
public class Agencies {

  private final JdbcClient jdbc;

  Agencies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Agency> find(UUID id) {
    return jdbc.sql("select * from access.agency where id = ?")
        .param(id)
        .query(Agencies::map)
        .optional();
  }

  public Optional<Agency> findByCode(String code) {
    return jdbc.sql("select * from access.agency where code = ?")
        .param(code)
        .query(Agencies::map)
        .optional();
  }

  public List<Agency> all() {
    return jdbc.sql("select * from access.agency order by name").query(Agencies::map).list();
  }

  public int userCount(UUID agencyId) {
    return jdbc.sql("select count(*) from access.app_user where agency_id = ?")
        .param(agencyId)
        .query(Integer.class)
        .single();
  }

  void insert(Agency agency) {
    jdbc.sql(
            "insert into access.agency (id, code, name, type, active, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            agency.id(),
            agency.code(),
            agency.name(),
            agency.type().name(),
            agency.active(),
            OffsetDateTime.ofInstant(agency.createdAt(), ZoneOffset.UTC))
        .update();
  }

  void update(Agency agency) {
    jdbc.sql("update access.agency set code = ?, name = ?, type = ?, active = ? where id = ?")
        .params(agency.code(), agency.name(), agency.type().name(), agency.active(), agency.id())
        .update();
  }

  private static Agency map(ResultSet rs, int row) throws SQLException {
    return new Agency(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        AgencyType.valueOf(rs.getString("type")),
        rs.getBoolean("active"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
