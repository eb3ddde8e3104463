package org.samakki.access.signin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordFacts;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sessions open right now, for administrators to see and end. */
@Service
public class ActiveSessions {

  static final String RESOURCE = "user-session";
  static final String CLIENT_ADDRESS = ActiveSessions.class.getName() + ".clientAddress";

  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AuditTrail audit;

  ActiveSessions(JdbcClient jdbc, AccessControl access, AuditTrail audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
  }

  private record Row(UserSessionView view, UUID agencyId) {}

  @Transactional
  public List<Map<String, Object>> list() {
    access.require(RESOURCE, "list");
    List<Row> rows =
        jdbc
            .sql(
                "select s.primary_id, u.username, a.name, a.id as agency_id, s.creation_time,"
                    + " s.last_access_time, (select attribute_bytes from access.spring_session_attributes"
                    + " where session_primary_id = s.primary_id and attribute_name = ?) as address"
                    + " from access.spring_session s"
                    + " join access.app_user u on u.id::text = s.principal_name"
                    + " join access.agency a on a.id = u.agency_id order by s.last_access_time desc")
            .param(CLIENT_ADDRESS)
            .query(
                (rs, n) ->
                    new Row(
                        new UserSessionView(
                            rs.getString("primary_id"),
                            rs.getString("username"),
                            rs.getString("name"),
                            text(rs.getBytes("address")),
                            Instant.ofEpochMilli(rs.getLong("creation_time")),
                            Instant.ofEpochMilli(rs.getLong("last_access_time"))),
                        rs.getObject("agency_id", UUID.class)))
            .list()
            .stream()
            .filter(r -> access.mayAccess("read", facts(r)))
            .toList();
    audit.record(
        AuditRecord.read(
            "LIST",
            RESOURCE,
            rows.stream().map(r -> r.view().id()).toList(),
            List.copyOf(access.readableFields(RESOURCE))));
    return rows.stream().map(r -> access.readable(RESOURCE, r.view())).toList();
  }

  @Transactional
  public void end(String id) {
    UUID agency =
        jdbc.sql(
                "select u.agency_id from access.spring_session s join access.app_user u"
                    + " on u.id::text = s.principal_name where s.primary_id = ?")
            .param(id)
            .query(UUID.class)
            .optional()
            .orElse(null);
    access.requireRecord("end", RecordFacts.ofAgency(RESOURCE, id, agency, null));
    jdbc.sql("delete from access.spring_session where primary_id = ?").param(id).update();
    audit.record(AuditRecord.change("END_SESSION", RESOURCE, id, List.of()));
  }

  private static RecordFacts facts(Row row) {
    return RecordFacts.ofAgency(RESOURCE, row.view().id(), row.agencyId(), null);
  }

  /** The address stored at sign-in; only a String may come out of the session's bytes. */
  private static String text(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.lang.String;!*"));
      return in.readObject() instanceof String s ? s : null;
    } catch (IOException | ClassNotFoundException e) {
      return null;
    }
  }
}
