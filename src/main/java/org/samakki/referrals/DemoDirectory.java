package org.samakki.referrals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.samakki.Deployment;
import org.samakki.access.AgencyDirectory;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a small fictional directory attached to the demo agencies (a shelter, legal aid, a
 * health service, a return and reintegration counterpart, interpreters), so that a referral can be
 * tried at once. Added once: a provider already there (same agency, same name) is not added again.
 */
@Component
class DemoDirectory {

  private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

  /** A demo provider, attached to a demo agency by its code. */
  record DemoProvider(
      String agencyCode,
      String name,
      List<Service> services,
      List<String> provinces,
      List<String> languages,
      String contact) {}

  static final List<DemoProvider> PROVIDERS =
      List.of(
          new DemoProvider(
              "MSDHS-DEMO",
              "Tak Protection and Occupational Development Centre - shelter (demo)",
              List.of(
                  Service.SHELTER, Service.MENTAL_HEALTH, Service.EDUCATION, Service.LIVELIHOODS),
              List.of("63"),
              List.of("th", "my"),
              "shelter.tak@example.org, +66 55 000 101 (fictional)"),
          new DemoProvider(
              "FMR-DEMO",
              "Foundation for Migrant Rights - legal aid clinic (demo)",
              List.of(Service.LEGAL_AID, Service.COMPENSATION),
              List.of("63", "74", "10"),
              List.of("th", "my", "km", "lo"),
              "legal@example.org, +66 2 000 0102 (fictional)"),
          new DemoProvider(
              "MHN-DEMO",
              "Mae Sot Migrant Health Network - clinic (demo)",
              List.of(Service.MEDICAL, Service.MENTAL_HEALTH),
              List.of("63"),
              List.of("my", "th"),
              "clinic@example.org, +66 55 000 103 (fictional)"),
          new DemoProvider(
              "IOM-DEMO",
              "IOM Thailand - return and reintegration desk (demo)",
              List.of(Service.RETURN_AND_REINTEGRATION, Service.FAMILY_TRACING),
              List.of(),
              List.of("en", "th", "my", "km", "lo"),
              "return@example.org, +66 2 000 0104 (fictional)"),
          new DemoProvider(
              "MHN-DEMO",
              "Community interpreters of Mae Sot (demo)",
              List.of(Service.INTERPRETATION),
              List.of("63", "74"),
              List.of("my", "km", "lo", "vi", "th"),
              "interpreters@example.org (fictional)"));

  private final JdbcClient jdbc;
  private final AgencyDirectory agencies;
  private final AuditTrail audit;
  private final Deployment deployment;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoDirectory(
      JdbcClient jdbc,
      AgencyDirectory agencies,
      AuditTrail audit,
      Deployment deployment,
      TransactionTemplate transaction,
      Clock clock) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.audit = audit;
    this.deployment = deployment;
    this.transaction = transaction;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (deployment.demo()) {
      int added = ensure();
      if (added > 0) {
        log.info("Demo mode: {} fictional service providers added to the directory", added);
      }
    }
  }

  /** Adds the demo providers that are missing (of the demo agencies that exist); how many. */
  int ensure() {
    Integer added =
        transaction.execute(
            status -> {
              // several starts at once (tests, replicas) add each provider once
              jdbc.sql("select pg_advisory_xact_lock(hashtext('referrals.demo-directory'))")
                  .query()
                  .singleRow();
              int count = 0;
              for (DemoProvider p : PROVIDERS) {
                UUID agency =
                    agencies
                        .findByCode(p.agencyCode())
                        .map(AgencyDirectory.AgencyRef::id)
                        .orElse(null);
                if (agency == null || exists(agency, p.name())) {
                  continue;
                }
                UUID id = UUID.randomUUID();
                jdbc.sql(
                        "insert into referrals.provider (id, agency_id, name, services, provinces,"
                            + " languages, contact, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                        id,
                        agency,
                        p.name(),
                        p.services().stream().map(Enum::name).toArray(String[]::new),
                        p.provinces().toArray(String[]::new),
                        p.languages().toArray(String[]::new),
                        p.contact(),
                        OffsetDateTime.now(clock))
                    .update();
                audit.record(
                    AuditActor.SYSTEM,
                    AuditRecord.change(
                        "CREATE", Referrals.PROVIDER, id.toString(), List.of("name", "services")));
                count++;
              }
              return count;
            });
    return added == null ? 0 : added;
  }

  private boolean exists(UUID agency, String name) {
    return jdbc.sql(
            "select exists (select 1 from referrals.provider where agency_id = ? and name = ?)")
        .params(agency, name)
        .query(Boolean.class)
        .single();
  }
}
