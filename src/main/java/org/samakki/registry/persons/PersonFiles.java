package org.samakki.registry.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.AgencyDirectory;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.status.DerivedStatus;
import org.samakki.registry.statuses.StatusDerivation;
import org.samakki.registry.statuses.StatusOn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's file as a reader may see it: refused as missing (404) outside their scope, each part
 * cut to the fields their role reads, and every part read audited in the same transaction.
 */
@Service
public class PersonFiles {

  public static final String PERSON = "person";

  private final RegistryReads reads;
  private final AccessControl access;
  private final AgencyDirectory agencies;
  private final AuditTrail audit;
  private final StatusDerivation derivation;

  PersonFiles(
      RegistryReads reads,
      AccessControl access,
      AgencyDirectory agencies,
      AuditTrail audit,
      StatusDerivation derivation) {
    this.reads = reads;
    this.derivation = derivation;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
  }

  @Transactional
  public PersonFile read(long id) {
    Map<String, Object> person = person(id);
    List<Map<String, Object>> documents = part("document", reads.documents(id), DocumentView::id);
    List<Map<String, Object>> registrations =
        part("registration", reads.registrations(id), RegistrationView::id);
    boolean showsStatus = access.can("worker-status", "read");
    List<Map<String, Object>> history = showsStatus ? history(id) : List.of();
    return new PersonFile(
        person, documents, registrations, history, showsStatus, access.can("registration", "read"));
  }

  /** The person's own fields the reader may see. */
  @Transactional
  public Map<String, Object> person(long id) {
    RegistryReads.PersonRow row = visible(id, "read");
    Map<String, Object> person = access.readable(PERSON, withAgency(row));
    audit.record(
        AuditRecord.read("VIEW", PERSON, List.of(Long.toString(id)), List.copyOf(person.keySet())));
    return person;
  }

  @Transactional
  public List<Map<String, Object>> documents(long id) {
    visible(id, "read");
    access.require("document", "read");
    return part("document", reads.documents(id), DocumentView::id);
  }

  @Transactional
  public List<Map<String, Object>> registrations(long id) {
    visible(id, "read");
    access.require("registration", "read");
    return part("registration", reads.registrations(id), RegistrationView::id);
  }

  /** The status periods, oldest first. */
  @Transactional
  public List<Map<String, Object>> statusHistory(long id) {
    visible(id, "read");
    access.require("worker-status", "read");
    return history(id);
  }

  private List<Map<String, Object>> history(long id) {
    List<Map<String, Object>> history = new ArrayList<>();
    reads.periods(id).forEach(p -> history.add(access.readable("worker-status", p)));
    audit.record(
        AuditRecord.read(
            "VIEW",
            "worker-status",
            List.of(Long.toString(id)),
            List.copyOf(access.readableFields("worker-status"))));
    return history;
  }

  /**
   * A worker's status on any day, past or future, derived afresh from their records; refused as
   * missing outside the reader's scope, and audited.
   */
  @Transactional
  public StatusOn statusOn(long id, LocalDate day) {
    visible(id, "read");
    access.require("worker-status", "read");
    DerivedStatus status = derivation.statusOn(Set.of(id), day).get(id);
    audit.record(
        AuditRecord.read(
            "VIEW",
            "worker-status",
            List.of(Long.toString(id)),
            List.of("status", "reasons", "nextDeadline")));
    return StatusOn.of(id, day, status);
  }

  /**
   * Refuses as missing (404) a person the reader may not act on this way; for other parts of the
   * registry that act on persons (merging duplicates).
   */
  public void require(long id, String action) {
    visible(id, action);
  }

  /**
   * The fields the reader may see of these persons, in the order asked, leaving out those outside
   * their scope; one audit entry for the list.
   */
  @Transactional
  public Map<Long, Map<String, Object>> summaries(List<Long> ids) {
    access.require(PERSON, "list");
    Map<Long, RegistryReads.PersonRow> rows = new java.util.HashMap<>();
    reads.persons(ids).forEach(row -> rows.put(Long.valueOf(row.view().id()), row));
    Map<Long, Map<String, Object>> visible = new java.util.LinkedHashMap<>();
    for (Long id : ids) {
      RegistryReads.PersonRow row = rows.get(id);
      if (row != null
          && access.mayAccess("read", facts(id, row.ownerAgency(), row.view().areaCode()))) {
        visible.put(id, access.readable(PERSON, row.view()));
      }
    }
    if (!visible.isEmpty()) {
      audit.record(
          AuditRecord.read(
              "LIST",
              PERSON,
              visible.keySet().stream().map(String::valueOf).toList(),
              List.copyOf(access.readableFields(PERSON))));
    }
    return visible;
  }

  /** The access facts of a person record: owning agency and area, for every module. */
  public static RecordFacts facts(long id, UUID ownerAgency, String areaCode) {
    return new RecordFacts(PERSON, Long.toString(id), ownerAgency, areaCode, null, Set.of(), false);
  }

  RegistryReads.PersonRow visible(long id, String action) {
    RegistryReads.PersonRow row =
        reads.person(id).orElseThrow(() -> new RecordNotFoundException(PERSON, Long.toString(id)));
    access.requireRecord(action, facts(id, row.ownerAgency(), row.view().areaCode()));
    return row;
  }

  private <T extends Record> List<Map<String, Object>> part(
      String resource, List<T> rows, java.util.function.Function<T, String> id) {
    if (!access.can(resource, "read") || rows.isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> visible =
        rows.stream().map(r -> access.readable(resource, r)).toList();
    audit.record(
        AuditRecord.read(
            "VIEW",
            resource,
            rows.stream().map(id).toList(),
            List.copyOf(access.readableFields(resource))));
    return visible;
  }

  private PersonView withAgency(RegistryReads.PersonRow row) {
    PersonView v = row.view();
    String agency =
        agencies.find(row.ownerAgency()).map(AgencyDirectory.AgencyRef::name).orElse(null);
    return new PersonView(
        v.id(),
        v.personRef(),
        v.honorific(),
        v.givenName(),
        v.familyName(),
        v.nameNative(),
        v.nativeScript(),
        v.sex(),
        v.birthDate(),
        v.nationality(),
        v.phone(),
        v.email(),
        v.language(),
        v.areaCode(),
        agency,
        v.createdAt(),
        v.updatedAt());
  }
}
