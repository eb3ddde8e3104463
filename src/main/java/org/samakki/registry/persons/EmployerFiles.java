package org.samakki.registry.persons;

import java.util.List;
import java.util.Map;
import org.samakki.access.AccessControl;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's page: the employer is found by the area of its latest workplace, so that an officer
 * limited to a province sees the employers that employ workers there.
 */
@Service
public class EmployerFiles {

  static final String EMPLOYER = "employer";

  private final RegistryReads reads;
  private final Worklists worklists;
  private final AccessControl access;
  private final AuditTrail audit;
  private final JdbcClient jdbc;

  EmployerFiles(
      RegistryReads reads,
      Worklists worklists,
      AccessControl access,
      AuditTrail audit,
      JdbcClient jdbc) {
    this.reads = reads;
    this.worklists = worklists;
    this.access = access;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  @Transactional
  public EmployerFile read(long id) {
    Map<String, Object> employer = employer(id);
    boolean workers = access.can("worker-status", "list");
    return new EmployerFile(
        employer,
        workers ? worklists.statusesOfEmployer(id) : Map.of(),
        workers ? worklists.ofEmployer(id) : List.of(),
        workers);
  }

  /** The employer's own fields the reader may see. */
  @Transactional
  public Map<String, Object> employer(long id) {
    EmployerView view =
        reads
            .employer(id)
            .orElseThrow(() -> new RecordNotFoundException(EMPLOYER, Long.toString(id)));
    access.requireRecord("read", facts(id));
    Map<String, Object> employer = access.readable(EMPLOYER, view);
    audit.record(
        AuditRecord.read(
            "VIEW", EMPLOYER, List.of(Long.toString(id)), List.copyOf(employer.keySet())));
    return employer;
  }

  private RecordFacts facts(long id) {
    return RecordFacts.ofAgency(
        EMPLOYER, Long.toString(id), reads.employerOwner(id).orElse(null), workplaceArea(id));
  }

  /** Corrects an employer's name, kind, sector or contacts, by the fields the reader may write. */
  @Transactional
  public Map<String, Object> update(long id, Map<String, Object> changes) {
    EmployerView view =
        reads
            .employer(id)
            .orElseThrow(() -> new RecordNotFoundException(EMPLOYER, Long.toString(id)));
    RecordFacts facts = facts(id);
    access.requireRecord("read", facts);
    access.requireRecord("update", facts);
    access.requireWritable(EMPLOYER, changes.keySet());
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("employer.change.empty");
    }
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      String value = change.getValue() == null ? null : change.getValue().toString().strip();
      String column =
          switch (change.getKey()) {
            case "name" -> required(value, 200, "name");
            case "kind" -> oneOf(value, "JURISTIC", "INDIVIDUAL");
            case "sector" ->
                org.samakki.registry.Sector.parse(value)
                    .map(Enum::name)
                    .orElseThrow(() -> new IllegalArgumentException("employer.sector.invalid"));
            case "contactEmail", "contactPhone" -> optional(value, 200, change.getKey());
            default -> throw new IllegalArgumentException("employer.field.readOnly");
          };
      String name = change.getKey().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
      jdbc.sql("update registry.employer set " + name + " = ? where id = ?")
          .params(column, id)
          .update();
    }
    audit.record(AuditRecord.change("UPDATE", EMPLOYER, view.id(), List.copyOf(changes.keySet())));
    return access.readable(EMPLOYER, reads.employer(id).orElseThrow());
  }

  private static String required(String value, int max, String field) {
    if (value == null || value.isEmpty() || value.length() > max) {
      throw new IllegalArgumentException("employer." + field + ".invalid");
    }
    return value;
  }

  private static String optional(String value, int max, String field) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException("employer." + field + ".invalid");
    }
    return value == null || value.isEmpty() ? null : value;
  }

  private static String oneOf(String value, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return a;
      }
    }
    throw new IllegalArgumentException("employer.kind.invalid");
  }

  private String workplaceArea(long id) {
    return jdbc.sql(
            "select workplace_subdistrict from registry.registration where employer_id = ?"
                + " and workplace_subdistrict is not null order by registered_on desc limit 1")
        .param(id)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
