package org.samakki.registry.persons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's whole registry record for a subject access request (DP-09): every field of the person,
 * their documents, registrations, status periods and the notices sent to them, whatever the
 * reader's role would show. Possible-duplicate flags are left out: they name other people.
 */
@Service
public class SubjectRecords {

  /** The policy resource and action that allow a subject access export. */
  public static final String RESOURCE = "subject-access";

  private final RegistryReads reads;
  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AuditTrail audit;

  SubjectRecords(RegistryReads reads, JdbcClient jdbc, AccessControl access, AuditTrail audit) {
    this.reads = reads;
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
  }

  @Transactional
  public Map<String, Object> export(long personId) {
    access.require(RESOURCE, "export");
    RegistryReads.PersonRow row =
        reads
            .person(personId)
            .orElseThrow(
                () -> new RecordNotFoundException(PersonFiles.PERSON, Long.toString(personId)));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("person", row.view());
    record.put("ownerAgency", row.ownerAgency());
    record.put("documents", reads.documents(personId));
    record.put("registrations", reads.registrations(personId));
    record.put("statusHistory", reads.periods(personId));
    record.put(
        "notices",
        jdbc.sql(
                "select id, recipient, channel, address, language, deadline, subject, body, status,"
                    + " created_at, sent_at"
                    + " from registry.notice where person_id = ? and recipient = 'WORKER'"
                    + " order by id")
            .param(personId)
            .query()
            .listOfRows());
    audit.record(
        AuditRecord.read(
            "EXPORT",
            PersonFiles.PERSON,
            List.of(Long.toString(personId)),
            List.copyOf(record.keySet())));
    return record;
  }
}
