package org.samakki.access.accounts;

import java.sql.Array;
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
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts, from {@code access.app_user} and their roles. */
@Repository
public class Users {

  private static final String SELECT =
      "select u.*, coalesce((select array_agg(r.role order by r.role) from access.user_role r"
          + " where r.user_id = u.id), '{}') as roles from access.app_user u";

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserAccount> find(UUID id) {
    return jdbc.sql(SELECT + " where u.id = ?").param(id).query(Users::map).optional();
  }

  public Optional<UserAccount> findByUsername(String username) {
    return jdbc.sql(SELECT + " where u.username = ?").param(username).query(Users::map).optional();
  }

  public List<UserAccount> ofAgency(UUID agencyId) {
    return jdbc.sql(SELECT + " where u.agency_id = ? order by u.username")
        .param(agencyId)
        .query(Users::map)
        .list();
  }

  public List<UserAccount> all() {
    return jdbc.sql(SELECT + " order by u.username").query(Users::map).list();
  }

  public boolean any() {
    return jdbc.sql("select exists (select 1 from access.app_user)").query(Boolean.class).single();
  }

  /** What a session must re-check on every request: is the account still as it was signed in. */
  public record SessionState(
      int securityVersion,
      boolean disabled,
      LocalDate expiresOn,
      boolean agencyActive,
      boolean mustChangePassword) {
    public boolean usableOn(LocalDate day) {
      return !disabled && agencyActive && (expiresOn == null || !day.isAfter(expiresOn));
    }
  }

  public Optional<SessionState> sessionState(UUID id) {
    return jdbc.sql(
            "select u.security_version, u.disabled_at is not null as disabled, u.expires_on,"
                + " a.active, u.must_change_password from access.app_user u"
                + " join access.agency a on a.id = u.agency_id where u.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new SessionState(
                    rs.getInt(1),
                    rs.getBoolean(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getBoolean(4),
                    rs.getBoolean(5)))
        .optional();
  }

  /** The supervisors of these users, for the narrow access to highly sensitive records. */
  public Set<UUID> supervisorsOf(Set<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select supervisor_id from access.app_user where id = any(?) and supervisor_id is not null")
            .param(userIds.toArray(UUID[]::new))
            .query(UUID.class)
            .list());
  }

  /** The enabled users of an agency who have a role, such as its data protection officers. */
  public List<UUID> withRole(UUID agencyId, String role) {
    return jdbc.sql(
            "select u.id from access.app_user u join access.user_role r on r.user_id = u.id"
                + " where u.agency_id = ? and r.role = ? and u.disabled_at is null")
        .params(agencyId, role)
        .query(UUID.class)
        .list();
  }

  void insert(UserAccount u) {
    jdbc.sql(
            "insert into access.app_user (id, agency_id, username, display_name, email,"
                + " password_hash, must_change_password, totp_secret, totp_enabled, area_code,"
                + " team_id, supervisor_id, expires_on, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            u.id(),
            u.agencyId(),
            u.username(),
            u.displayName(),
            u.email(),
            u.passwordHash(),
            u.mustChangePassword(),
            u.totpSecret(),
            u.totpEnabled(),
            u.areaCode(),
            u.teamId(),
            u.supervisorId(),
            u.expiresOn(),
            utc(u.createdAt()))
        .update();
    replaceRoles(u.id(), u.roles());
  }

  /** Saves what an administrator may change; the security version rises if access changed. */
  void update(UserAccount u, boolean accessChanged) {
    jdbc.sql(
            "update access.app_user set display_name = ?, email = ?, area_code = ?, team_id = ?,"
                + " supervisor_id = ?, expires_on = ?,"
                + " security_version = security_version + ? where id = ?")
        .params(
            u.displayName(),
            u.email(),
            u.areaCode(),
            u.teamId(),
            u.supervisorId(),
            u.expiresOn(),
            accessChanged ? 1 : 0,
            u.id())
        .update();
    replaceRoles(u.id(), u.roles());
  }

  void setPassword(UUID id, String hash, boolean mustChange) {
    jdbc.sql(
            "update access.app_user set password_hash = ?, must_change_password = ?,"
                + " security_version = security_version + 1 where id = ?")
        .params(hash, mustChange, id)
        .update();
  }

  /** A changed own password keeps the session that changed it: no version change. */
  void setOwnPassword(UUID id, String hash) {
    jdbc.sql(
            "update access.app_user set password_hash = ?, must_change_password = false where id = ?")
        .params(hash, id)
        .update();
  }

  void setSecondFactor(UUID id, String secret, boolean enabled, boolean endSessions) {
    jdbc.sql(
            "update access.app_user set totp_secret = ?, totp_enabled = ?,"
                + " security_version = security_version + ? where id = ?")
        .params(secret, enabled, endSessions ? 1 : 0, id)
        .update();
  }

  /** Enrolment by the user themself: the session that enrolled stays valid. */
  public void enrolSecondFactor(UUID id, String secret) {
    jdbc.sql("update access.app_user set totp_secret = ?, totp_enabled = true where id = ?")
        .params(secret, id)
        .update();
  }

  void disable(UUID id, Instant at, String reason) {
    jdbc.sql(
            "update access.app_user set disabled_at = ?, disabled_reason = ?,"
                + " security_version = security_version + 1 where id = ?")
        .params(utc(at), reason, id)
        .update();
  }

  void enable(UUID id) {
    jdbc.sql("update access.app_user set disabled_at = null, disabled_reason = null where id = ?")
        .param(id)
        .update();
  }

  void endSessions(UUID id) {
    jdbc.sql("update access.app_user set security_version = security_version + 1 where id = ?")
        .param(id)
        .update();
  }

  /** Marks activity at most every few minutes, so that inactive accounts can be found. */
  public void touch(UUID id, Instant at) {
    jdbc.sql(
            "update access.app_user set last_active_at = ? where id = ?"
                + " and (last_active_at is null or last_active_at < ?)")
        .params(utc(at), id, utc(at.minusSeconds(300)))
        .update();
  }

  /** Accounts without activity since the cut-off that are still enabled. */
  List<UUID> inactiveSince(Instant cutOff) {
    return jdbc.sql(
            "select id from access.app_user where disabled_at is null"
                + " and coalesce(last_active_at, created_at) < ?")
        .param(utc(cutOff))
        .query(UUID.class)
        .list();
  }

  private void replaceRoles(UUID id, Set<String> roles) {
    jdbc.sql("delete from access.user_role where user_id = ?").param(id).update();
    for (String role : roles) {
      jdbc.sql("insert into access.user_role (user_id, role) values (?, ?)")
          .params(id, role)
          .update();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static UserAccount map(ResultSet rs, int row) throws SQLException {
    Array roles = rs.getArray("roles");
    return new UserAccount(
        rs.getObject("id", UUID.class),
        rs.getObject("agency_id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getBoolean("must_change_password"),
        rs.getString("totp_secret"),
        rs.getBoolean("totp_enabled"),
        rs.getString("area_code"),
        rs.getObject("team_id", UUID.class),
        rs.getObject("supervisor_id", UUID.class),
        rs.getObject("expires_on", LocalDate.class),
        instant(rs, "disabled_at"),
        rs.getString("disabled_reason"),
        rs.getInt("security_version"),
        instant(rs, "last_active_at"),
        instant(rs, "created_at"),
        Set.copyOf(Arrays.asList((String[]) roles.getArray())));
  }
}
