package org.samakki.access.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.AgencyType;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of agencies, the tenants of Samakki, with the same checks as for users. */
@Service
public class AgencyAdministration {

  static final String AGENCY = "agency";

  private final Agencies agencies;
  private final AccessControl access;
  private final AuditTrail audit;
  private final Clock clock;

  AgencyAdministration(Agencies agencies, AccessControl access, AuditTrail audit, Clock clock) {
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Agencies the actor may see, without field filtering: names for pickers and lists. */
  @Transactional(readOnly = true)
  public List<Agency> choices() {
    return agencies.all().stream().filter(a -> access.mayAccess("read", facts(a.id()))).toList();
  }

  @Transactional
  public List<Map<String, Object>> list() {
    access.require(AGENCY, "list");
    List<Agency> visible = choices();
    audit.record(
        AuditRecord.read(
            "LIST",
            AGENCY,
            visible.stream().map(a -> a.id().toString()).toList(),
            List.copyOf(access.readableFields(AGENCY))));
    return visible.stream().map(this::view).toList();
  }

  @Transactional
  public Map<String, Object> read(UUID id) {
    Agency agency = visible(id, "read");
    Map<String, Object> view = view(agency);
    audit.record(
        AuditRecord.read("VIEW", AGENCY, List.of(id.toString()), List.copyOf(view.keySet())));
    return view;
  }

  @Transactional
  public UUID create(String code, String name, AgencyType type) {
    access.require(AGENCY, "create");
    if (code != null && agencies.findByCode(code.strip()).isPresent()) {
      throw new InvalidAccountException("agency.code.taken");
    }
    Agency agency =
        new Agency(
            UUID.randomUUID(),
            code == null ? null : code.strip(),
            name,
            type,
            true,
            clock.instant());
    agencies.insert(agency);
    audit.record(
        AuditRecord.change(
            "CREATE", AGENCY, agency.id().toString(), List.of("code", "name", "type")));
    return agency.id();
  }

  /** Changes the named fields; {@code fields} says which were sent (no mass assignment). */
  @Transactional
  public void update(
      UUID id, Set<String> fields, String code, String name, AgencyType type, Boolean active) {
    Agency current = visible(id, "update");
    access.requireWritable(AGENCY, fields);
    Agency changed =
        new Agency(
            id,
            fields.contains("code") ? code : current.code(),
            fields.contains("name") ? name : current.name(),
            fields.contains("type") && type != null ? type : current.type(),
            fields.contains("active") && active != null ? active : current.active(),
            current.createdAt());
    agencies.update(changed);
    audit.record(AuditRecord.change("UPDATE", AGENCY, id.toString(), List.copyOf(fields)));
  }

  private Agency visible(UUID id, String action) {
    Agency agency =
        agencies.find(id).orElseThrow(() -> new RecordNotFoundException(AGENCY, id.toString()));
    access.requireRecord(action, facts(id));
    return agency;
  }

  private Map<String, Object> view(Agency a) {
    return access.readable(
        AGENCY,
        new AgencyView(
            a.id(),
            a.code(),
            a.name(),
            a.type(),
            a.active(),
            a.createdAt(),
            agencies.userCount(a.id())));
  }

  static RecordFacts facts(UUID agencyId) {
    return RecordFacts.ofAgency(AGENCY, agencyId.toString(), agencyId, null);
  }
}
