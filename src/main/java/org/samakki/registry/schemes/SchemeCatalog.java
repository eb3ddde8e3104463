package org.samakki.registry.schemes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.registry.status.Scheme;
import org.samakki.registry.status.SchemeBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registration schemes, every version of each, read from {@code registry.scheme} and held in
 * memory for the status engine; saving a scheme makes its next version.
 */
@Service
public class SchemeCatalog {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditTrail audit;
  private final JsonMapper json = JsonMapper.builder().build();
  private final AtomicReference<List<Scheme>> cache = new AtomicReference<>();

  SchemeCatalog(JdbcClient jdbc, Clock clock, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Scheme> all() {
    List<Scheme> schemes = cache.get();
    if (schemes == null) {
      schemes =
          jdbc.sql("select document from registry.scheme order by code, version")
              .query((rs, n) -> json.readValue(rs.getString(1), Scheme.class))
              .list();
      cache.set(schemes);
    }
    return schemes;
  }

  public SchemeBook book() {
    return SchemeBook.of(all());
  }

  /** The newest version of each scheme, for choosing one and for new registrations. */
  public List<Scheme> latest() {
    return all().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Scheme::code, s -> s, (a, b) -> a.version() > b.version() ? a : b))
        .values()
        .stream()
        .sorted(Comparator.comparing(Scheme::code))
        .toList();
  }

  /** A scheme by {@code CODE} (its newest version) or {@code CODE/VERSION}. */
  public Optional<Scheme> find(String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    String[] parts = reference.strip().toUpperCase(Locale.ROOT).split("/");
    if (parts.length == 2) {
      return all().stream()
          .filter(s -> s.code().equals(parts[0]) && Integer.toString(s.version()).equals(parts[1]))
          .findFirst();
    }
    return all().stream()
        .filter(s -> s.code().equals(parts[0]))
        .max(Comparator.comparingInt(Scheme::version));
  }

  /** Saves the scheme as the next version of its code; existing registrations keep theirs. */
  @Transactional
  public Scheme save(Scheme draft, String author) {
    int next =
        jdbc.sql("select coalesce(max(version), 0) + 1 from registry.scheme where code = ?")
            .param(draft.code())
            .query(Integer.class)
            .single();
    Scheme scheme =
        new Scheme(
            draft.code(),
            next,
            draft.name(),
            draft.channel(),
            draft.nationalities(),
            draft.sectors(),
            draft.windowOpens(),
            draft.windowCloses(),
            draft.permitValidityMonths(),
            draft.maxStayYears(),
            draft.employerChangeDeadlineDays(),
            draft.jobSearchDays(),
            draft.renewalGraceDays(),
            draft.requiresPassport(),
            draft.requirements());
    jdbc.sql(
            "insert into registry.scheme (code, version, document, created_at, created_by)"
                + " values (?, ?, ?::jsonb, ?, ?)")
        .params(
            scheme.code(),
            scheme.version(),
            json.writeValueAsString(scheme),
            OffsetDateTime.now(clock),
            author)
        .update();
    audit.record(
        AuditRecord.change("CREATE", "registration-scheme", scheme.key(), List.of("document")));
    cache.set(null);
    return scheme;
  }
}
