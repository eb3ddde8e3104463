package org.samakki.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.AgencyDirectory;
import org.samakki.access.AgencyType;
import org.samakki.access.RecordNotFoundException;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service directory and the referrals and transfers of cases between agencies. A referral
 * records what was shared and on what basis, never the case's content: the cases module serves the
 * shared sections to the receiving agency, and only while the referral stands.
 */
@org.springframework.stereotype.Service
public class Referrals {

  static final String RESOURCE = "referral";
  static final String PROVIDER = "service-provider";

  private final JdbcClient jdbc;
  private final AccessControl access;
  private final AgencyDirectory agencies;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Referrals(
      JdbcClient jdbc,
      AccessControl access,
      AgencyDirectory agencies,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.agencies = agencies;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A provider of the directory, with the kind of agency it is (what consent is given for). */
  public record Provider(
      UUID id,
      UUID agencyId,
      AgencyType agencyType,
      String name,
      List<Service> services,
      List<String> provinces,
      List<String> languages,
      String contact) {}

  /** What the cases module sends, after it checked consent or the override. */
  public record Outgoing(
      boolean transfer,
      UUID caseId,
      String caseRef,
      UUID providerId,
      Service service,
      List<String> sections,
      String overrideReason) {}

  @Transactional
  public UUID addProvider(
      UUID agencyId,
      String name,
      List<Service> services,
      List<String> provinces,
      List<String> languages,
      String contact) {
    access.require(PROVIDER, "create");
    if (name == null || name.isBlank() || services.isEmpty()) {
      throw new IllegalArgumentException("referrals.provider.incomplete");
    }
    agencies
        .find(agencyId)
        .orElseThrow(() -> new IllegalArgumentException("referrals.provider.agency"));
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into referrals.provider (id, agency_id, name, services, provinces, languages,"
                + " contact, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            agencyId,
            name.strip(),
            services.stream().map(Enum::name).toArray(String[]::new),
            provinces.toArray(String[]::new),
            languages.toArray(String[]::new),
            contact,
            OffsetDateTime.now(clock))
        .update();
    audit.record(
        AuditRecord.change("CREATE", PROVIDER, id.toString(), List.of("name", "services")));
    return id;
  }

  public Optional<Provider> provider(UUID id) {
    return jdbc.sql("select * from referrals.provider where id = ?")
        .param(id)
        .query(this::providerRow)
        .optional();
  }

  /** Providers of a service, in a province when one is given, by name. */
  public List<Provider> providers(Service service, String province) {
    return jdbc.sql(
            "select * from referrals.provider where ? = any(services)"
                + " and (?::text is null or cardinality(provinces) = 0 or ? = any(provinces))"
                + " order by name")
        .params(service.name(), province, province)
        .query(this::providerRow)
        .list();
  }

  /**
   * The directory as the reader may see it: providers of a service, in a province, speaking a
   * language (each filter optional), by name; a provider without provinces serves everywhere.
   */
  @Transactional
  public List<Map<String, Object>> directory(Service service, String province, String language) {
    access.require(PROVIDER, "list");
    if (province != null && !province.matches("\\d{2}")) {
      throw new IllegalArgumentException("referrals.provider.provinceInvalid");
    }
    if (language != null && !language.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("referrals.provider.languageInvalid");
    }
    List<Provider> found =
        jdbc.sql(
                "select * from referrals.provider where (?::text is null or ? = any(services))"
                    + " and (?::text is null or cardinality(provinces) = 0 or ? = any(provinces))"
                    + " and (?::text is null or ? = any(languages)) order by name limit 500")
            .params(
                service == null ? null : service.name(),
                service == null ? null : service.name(),
                province,
                province,
                language,
                language)
            .query(this::providerRow)
            .list();
    audit.record(
        AuditRecord.read(
            "LIST",
            PROVIDER,
            found.stream().map(p -> p.id().toString()).toList(),
            List.copyOf(access.readableFields(PROVIDER))));
    return found.stream().map(p -> access.readable(PROVIDER, view(p))).toList();
  }

  /** One provider of the directory, with the fields the reader may see; missing (404) if none. */
  @Transactional
  public Map<String, Object> providerView(UUID id) {
    access.require(PROVIDER, "read");
    Provider provider =
        provider(id).orElseThrow(() -> new RecordNotFoundException(PROVIDER, id.toString()));
    Map<String, Object> view = access.readable(PROVIDER, view(provider));
    audit.record(
        AuditRecord.read("VIEW", PROVIDER, List.of(id.toString()), List.copyOf(view.keySet())));
    return view;
  }

  /**
   * Corrects a provider's name, services, provinces, languages or contact; fields the reader may
   * not write are refused (403), the others (id, agency) are not changed this way (422).
   */
  @Transactional
  public Map<String, Object> updateProvider(UUID id, Map<String, Object> changes) {
    access.require(PROVIDER, "update");
    provider(id).orElseThrow(() -> new RecordNotFoundException(PROVIDER, id.toString()));
    access.requireWritable(PROVIDER, changes.keySet());
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      Object value = change.getValue();
      switch (change.getKey()) {
        case "name" -> {
          if (!(value instanceof String name) || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("referrals.provider.incomplete");
          }
          jdbc.sql("update referrals.provider set name = ? where id = ?")
              .params(name.strip(), id)
              .update();
        }
        case "services" -> {
          List<Service> services = services(value);
          if (services.isEmpty()) {
            throw new IllegalArgumentException("referrals.provider.incomplete");
          }
          jdbc.sql("update referrals.provider set services = ? where id = ?")
              .params(services.stream().map(Enum::name).toArray(String[]::new), id)
              .update();
        }
        case "provinces" ->
            jdbc.sql("update referrals.provider set provinces = ? where id = ?")
                .params(
                    codes(value, "\\d{2}", "referrals.provider.provinceInvalid")
                        .toArray(String[]::new),
                    id)
                .update();
        case "languages" ->
            jdbc.sql("update referrals.provider set languages = ? where id = ?")
                .params(
                    codes(value, "[a-z]{2,3}", "referrals.provider.languageInvalid")
                        .toArray(String[]::new),
                    id)
                .update();
        case "contact" -> {
          if (!(value == null || value instanceof String contact && contact.length() <= 500)) {
            throw new IllegalArgumentException("referrals.provider.contactInvalid");
          }
          jdbc.sql("update referrals.provider set contact = ? where id = ?")
              .params(
                  value == null || ((String) value).isBlank() ? null : ((String) value).strip(), id)
              .update();
        }
        default -> throw new IllegalArgumentException("referrals.field.notEditable");
      }
    }
    audit.record(
        AuditRecord.change("UPDATE", PROVIDER, id.toString(), List.copyOf(changes.keySet())));
    return providerView(id);
  }

  /** Services named in a request, each one of {@link Service}; refused (422) otherwise. */
  public static List<Service> services(Object value) {
    if (!(value instanceof List<?> names)) {
      throw new IllegalArgumentException("referrals.provider.serviceInvalid");
    }
    List<Service> services = new java.util.ArrayList<>();
    for (Object name : names) {
      Service service =
          Arrays.stream(Service.values())
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("referrals.provider.serviceInvalid"));
      if (!services.contains(service)) {
        services.add(service);
      }
    }
    return services;
  }

  /** Codes (provinces, languages) named in a request, each of the given form. */
  public static List<String> codes(Object value, String pattern, String refusal) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw new IllegalArgumentException(refusal);
    }
    List<String> codes = new java.util.ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String code) || !code.strip().matches(pattern)) {
        throw new IllegalArgumentException(refusal);
      }
      if (!codes.contains(code.strip())) {
        codes.add(code.strip());
      }
    }
    return codes;
  }

  private ProviderView view(Provider p) {
    return new ProviderView(
        p.id().toString(),
        agencyName(p.agencyId()),
        p.name(),
        p.services().stream().map(Enum::name).toList(),
        p.provinces(),
        p.languages(),
        p.contact());
  }

  /** Records a referral or transfer from the current user's agency; returns its id. */
  @Transactional
  public UUID send(Outgoing outgoing) {
    access.require(RESOURCE, "create");
    Provider provider =
        provider(outgoing.providerId())
            .orElseThrow(() -> new IllegalArgumentException("referrals.provider.unknown"));
    if (!provider.services().contains(outgoing.service())) {
      throw new IllegalArgumentException("referrals.provider.noSuchService");
    }
    if (outgoing.sections().isEmpty()) {
      throw new IllegalArgumentException("referrals.sections.required");
    }
    Actor actor = access.actor();
    UUID id = UUID.randomUUID();
    boolean override = outgoing.overrideReason() != null;
    jdbc.sql(
            "insert into referrals.referral (id, kind, case_id, case_ref, provider_id, from_agency_id,"
                + " to_agency_id, service, sections, basis, override_reason, status, sent_at, sent_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?)")
        .params(
            id,
            outgoing.transfer() ? "TRANSFER" : "REFERRAL",
            outgoing.caseId(),
            outgoing.caseRef(),
            provider.id(),
            actor.agencyId(),
            provider.agencyId(),
            outgoing.service().name(),
            outgoing.sections().toArray(String[]::new),
            override ? "OVERRIDE" : "CONSENT",
            outgoing.overrideReason(),
            OffsetDateTime.now(clock),
            actor.id())
        .update();
    // an override's reason is what the audit trail keeps for overrides (DP-06)
    audit.record(
        new AuditRecord(
            override ? "REFER_OVERRIDE" : "REFER",
            RESOURCE,
            List.of(id.toString(), outgoing.caseId().toString()),
            outgoing.sections(),
            AuditRecord.Outcome.SUCCESS,
            outgoing.overrideReason()));
    return id;
  }

  /** Referrals sent to the current user's agency, newest first. */
  @Transactional
  public List<Referral> inbox() {
    access.require(RESOURCE, "list");
    List<Referral> found =
        jdbc.sql(
                "select * from referrals.referral where to_agency_id = ? order by sent_at desc limit 200")
            .param(access.actor().agencyId())
            .query(this::referral)
            .list();
    audit.record(
        AuditRecord.read(
            "LIST", RESOURCE, found.stream().map(Referral::id).toList(), List.of("*")));
    return found;
  }

  /**
   * The referrals the current user's agency sent, newest first, of the cases the reader may see
   * (the cases module knows which: a highly sensitive case is its workers' only); audited.
   */
  @Transactional
  public List<Referral> outbox(java.util.function.Predicate<UUID> caseVisible) {
    access.require(RESOURCE, "list");
    List<Referral> found =
        jdbc
            .sql(
                "select * from referrals.referral where from_agency_id = ?"
                    + " order by sent_at desc limit 1000")
            .param(access.actor().agencyId())
            .query(this::referral)
            .list()
            .stream()
            .filter(r -> caseVisible.test(r.caseUuid()))
            .limit(200)
            .toList();
    audit.record(
        AuditRecord.read(
            "LIST", RESOURCE, found.stream().map(Referral::id).toList(), List.of("*")));
    return found;
  }

  /** The referrals of a case (for the agency that holds it; the cases module checks that). */
  public List<Referral> ofCase(UUID caseId) {
    return jdbc.sql("select * from referrals.referral where case_id = ? order by sent_at")
        .param(caseId)
        .query(this::referral)
        .list();
  }

  /** A referral of the current user's agency, sent or received; missing (404) otherwise. */
  @Transactional
  public Referral read(UUID id) {
    access.require(RESOURCE, "read");
    Row row = row(id);
    UUID agency = access.actor().agencyId();
    if (!agency.equals(row.from()) && !agency.equals(row.to())) {
      throw new RecordNotFoundException(RESOURCE, id.toString());
    }
    audit.record(AuditRecord.read("VIEW", RESOURCE, List.of(id.toString()), List.of("*")));
    return row.referral();
  }

  /** A referral of the current user's agency, with the fields the reader may see. */
  @Transactional
  public Map<String, Object> view(UUID id) {
    return access.readable(RESOURCE, read(id));
  }

  /** The referrals of a case with the fields the reader may see, audited as read. */
  @Transactional
  public List<Map<String, Object>> viewsOfCase(UUID caseId) {
    return listOfCase(caseId).stream().map(r -> access.readable(RESOURCE, r)).toList();
  }

  /** The referrals of a case for a page that shows them, audited as read. */
  @Transactional
  public List<Referral> listOfCase(UUID caseId) {
    access.require(RESOURCE, "list");
    List<Referral> found = ofCase(caseId);
    audit.record(
        AuditRecord.read(
            "LIST",
            RESOURCE,
            found.stream().map(Referral::id).toList(),
            List.copyOf(access.readableFields(RESOURCE))));
    return found;
  }

  /**
   * The referring agency changes a referral's status: cancels it while it waits or runs (the
   * receiving agency then reads nothing more) or completes it once accepted. Fields the reader may
   * not write are refused (403), the others are not changed this way (422).
   */
  @Transactional
  public Map<String, Object> update(UUID id, Map<String, Object> changes) {
    access.require(RESOURCE, "update");
    Row row = row(id);
    if (!access.actor().agencyId().equals(row.from())) {
      throw new RecordNotFoundException(RESOURCE, id.toString());
    }
    access.requireWritable(RESOURCE, changes.keySet());
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      if (!"status".equals(change.getKey())) {
        throw new IllegalArgumentException("referrals.field.notEditable");
      }
      if ("COMPLETED".equals(change.getValue())) {
        complete(id);
      } else if ("CANCELLED".equals(change.getValue())) {
        cancel(id);
      } else {
        throw new IllegalArgumentException("referrals.status.invalid");
      }
    }
    return view(id);
  }

  /** The referring agency withdraws a referral that waits or runs; the shared sections close. */
  @Transactional
  public void cancel(UUID id) {
    access.require(RESOURCE, "update");
    Row row = row(id);
    if (!access.actor().agencyId().equals(row.from())) {
      throw new RecordNotFoundException(RESOURCE, id.toString());
    }
    if (!List.of("SENT", "ACCEPTED").contains(row.referral().status())) {
      throw new IllegalArgumentException("referrals.status.closed");
    }
    jdbc.sql("update referrals.referral set status = 'CANCELLED' where id = ?").param(id).update();
    audit.record(AuditRecord.change("CANCEL", RESOURCE, id.toString(), List.of("status")));
  }

  /**
   * The referral through which the current user's agency may read a case's shared sections: sent to
   * that agency and neither declined nor cancelled; missing (404) otherwise.
   */
  public Referral sharedWithMe(UUID id) {
    access.require(RESOURCE, "read");
    Row row = row(id);
    if (!access.actor().agencyId().equals(row.to())
        || !List.of("SENT", "ACCEPTED", "COMPLETED").contains(row.referral().status())) {
      throw new RecordNotFoundException(RESOURCE, id.toString());
    }
    return row.referral();
  }

  /**
   * The receiving agency accepts; a transfer then hands the case over ({@link ReferralAccepted}).
   */
  @Transactional
  public void accept(UUID id) {
    Row row = respond(id, "SENT", "ACCEPTED", null);
    events.publishEvent(
        new ReferralAccepted(
            id,
            row.referral().caseUuid(),
            "TRANSFER".equals(row.referral().kind()),
            row.to(),
            access.actor().id()));
  }

  /** The receiving agency declines, with its reason; the shared sections are closed to it. */
  @Transactional
  public void decline(UUID id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("referrals.decline.reasonRequired");
    }
    respond(id, "SENT", "DECLINED", reason.strip());
  }

  /** The receiving agency reports the service it gave. */
  @Transactional
  public void report(UUID id, String serviceGiven) {
    if (serviceGiven == null || serviceGiven.isBlank()) {
      throw new IllegalArgumentException("referrals.report.required");
    }
    Row row = row(id);
    requireReceiver(row);
    if (!"ACCEPTED".equals(row.referral().status())) {
      throw new IllegalArgumentException("referrals.status.notAccepted");
    }
    jdbc.sql("update referrals.referral set service_report = ? where id = ?")
        .params(serviceGiven.strip(), id)
        .update();
    audit.record(AuditRecord.change("REPORT", RESOURCE, id.toString(), List.of("serviceReport")));
  }

  /** The referring agency closes a referral it has followed to its end. */
  @Transactional
  public void complete(UUID id) {
    access.require(RESOURCE, "update");
    Row row = row(id);
    if (!access.actor().agencyId().equals(row.from())) {
      throw new RecordNotFoundException(RESOURCE, id.toString());
    }
    if (!"ACCEPTED".equals(row.referral().status())) {
      throw new IllegalArgumentException("referrals.status.notAccepted");
    }
    jdbc.sql("update referrals.referral set status = 'COMPLETED' where id = ?").param(id).update();
    audit.record(AuditRecord.change("COMPLETE", RESOURCE, id.toString(), List.of("status")));
  }

  /**
   * Referrals in aggregate, for NRM statistics: how many per status, and how long each accepted
   * referral waited for its acceptance. Nothing names a case, a person or an agency; the caller
   * checks its own permission and publishes aggregates only, with small cells suppressed.
   */
  public record Aggregates(Map<String, Long> byStatus, List<Duration> timesToAcceptance) {}

  @Transactional(readOnly = true)
  public Aggregates aggregates() {
    Map<String, Long> byStatus = new java.util.TreeMap<>();
    jdbc.sql("select status, count(*) from referrals.referral group by status")
        .query(
            rs -> {
              byStatus.put(rs.getString(1), rs.getLong(2));
            });
    List<Duration> times =
        jdbc.sql(
                "select sent_at, responded_at from referrals.referral"
                    + " where status in ('ACCEPTED', 'COMPLETED') and responded_at is not null")
            .query(
                (rs, n) ->
                    Duration.between(
                        rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)))
            .list();
    return new Aggregates(byStatus, times);
  }

  private Row respond(UUID id, String from, String to, String reason) {
    Row row = row(id);
    requireReceiver(row);
    if (!from.equals(row.referral().status())) {
      throw new IllegalArgumentException("referrals.status.alreadyAnswered");
    }
    jdbc.sql(
            "update referrals.referral set status = ?, responded_at = ?, responded_by = ?,"
                + " response_reason = ? where id = ?")
        .params(to, OffsetDateTime.now(clock), access.actor().id(), reason, id)
        .update();
    audit.record(AuditRecord.change(to, RESOURCE, id.toString(), List.of("status")));
    return row;
  }

  private void requireReceiver(Row row) {
    access.require(RESOURCE, "respond");
    if (!access.actor().agencyId().equals(row.to())) {
      throw new RecordNotFoundException(RESOURCE, row.referral().id());
    }
  }

  private Row row(UUID id) {
    return jdbc.sql("select * from referrals.referral where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Row(
                    referral(rs, n),
                    rs.getObject("from_agency_id", UUID.class),
                    rs.getObject("to_agency_id", UUID.class)))
        .optional()
        .orElseThrow(() -> new RecordNotFoundException(RESOURCE, id.toString()));
  }

  private record Row(Referral referral, UUID from, UUID to) {}

  private Referral referral(ResultSet rs, int n) throws SQLException {
    return new Referral(
        rs.getString("id"),
        rs.getString("kind"),
        rs.getString("case_id"),
        rs.getString("case_ref"),
        provider(rs.getObject("provider_id", UUID.class)).map(Provider::name).orElse(null),
        agencyName(rs.getObject("from_agency_id", UUID.class)),
        agencyName(rs.getObject("to_agency_id", UUID.class)),
        rs.getString("service"),
        Arrays.asList((String[]) rs.getArray("sections").getArray()),
        rs.getString("basis"),
        rs.getString("override_reason"),
        rs.getString("status"),
        instant(rs, "sent_at"),
        instant(rs, "responded_at"),
        rs.getString("response_reason"),
        rs.getString("service_report"));
  }

  private Provider providerRow(ResultSet rs, int n) throws SQLException {
    UUID agency = rs.getObject("agency_id", UUID.class);
    return new Provider(
        rs.getObject("id", UUID.class),
        agency,
        agencies
            .find(agency)
            .map(AgencyDirectory.AgencyRef::type)
            .orElseThrow(
                () -> new IllegalStateException("Provider of an unknown agency " + agency)),
        rs.getString("name"),
        Arrays.stream((String[]) rs.getArray("services").getArray()).map(Service::valueOf).toList(),
        Arrays.asList((String[]) rs.getArray("provinces").getArray()),
        Arrays.asList((String[]) rs.getArray("languages").getArray()),
        rs.getString("contact"));
  }

  private String agencyName(UUID id) {
    return agencies.find(id).map(AgencyDirectory.AgencyRef::name).orElse(null);
  }

  private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
