package org.samakki.registry.importing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.samakki.registry.records.CopyText;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds who each row of a batch is about: an existing person (by the source's reference or by
 * identity document) or a new one, an existing employer or a new one; a row whose document belongs
 * to another person is rejected. New persons, documents and employers are written by COPY.
 */
final class Resolver {

  private final JdbcClient jdbc;
  private final PersonRows persons;
  private final Clock clock;

  Resolver(JdbcClient jdbc, PersonRows persons, Clock clock) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.clock = clock;
  }

  Resolution resolve(
      List<ParsedRow> rows, Map<String, Long> employerCache, UUID agency, PGConnection pg)
      throws java.sql.SQLException {
    Resolution resolution = new Resolution();
    employers(rows, employerCache, agency, pg, resolution);
    Map<String, Long> byRef = lookupRefs(rows);
    Map<String, Long> byDocument = lookupDocuments(rows);
    resolution.knownDocuments.addAll(byDocument.keySet());
    Map<String, ParsedRow> firstOfNewPerson = new LinkedHashMap<>();
    Map<String, String> documentOwner = new HashMap<>();
    for (ParsedRow row : rows) {
      String document = Resolution.documentKey(row);
      Long existing =
          row.personRef() != null ? byRef.get(row.personRef()) : byDocument.get(document);
      Long documentPerson = byDocument.get(document);
      String owner = documentOwner.putIfAbsent(document, row.personKey());
      boolean conflict =
          (existing != null && documentPerson != null && !existing.equals(documentPerson))
              || (existing == null && documentPerson != null && row.personRef() != null)
              || (owner != null && !owner.equals(row.personKey()));
      if (conflict) {
        resolution.rejected.add(
            new RowParser.Rejected(
                row.rowNumber(),
                List.of(new Problem("document_number", "documentOwner", row.documentNumber()))));
        continue;
      }
      if (existing != null) {
        resolution.personIds.put(row.personKey(), existing);
      } else {
        firstOfNewPerson.putIfAbsent(row.personKey(), row);
      }
      resolution.accepted.add(row);
    }
    long[] ids = Ids.next(jdbc, firstOfNewPerson.size());
    int i = 0;
    for (Map.Entry<String, ParsedRow> person : firstOfNewPerson.entrySet()) {
      resolution.personIds.put(person.getKey(), ids[i]);
      resolution.newPersons.add(ids[i++]);
    }
    persons.insert(firstOfNewPerson.values(), resolution, agency, pg);
    documents(resolution, pg);
    return resolution;
  }

  private void employers(
      List<ParsedRow> rows,
      Map<String, Long> cache,
      UUID agency,
      PGConnection pg,
      Resolution resolution)
      throws java.sql.SQLException {
    Map<String, ParsedRow> unknown = new LinkedHashMap<>();
    for (ParsedRow row : rows) {
      if (!cache.containsKey(row.employerKey())) {
        unknown.putIfAbsent(row.employerKey(), row);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> refs =
          unknown.values().stream()
              .filter(r -> r.employerRef() != null)
              .map(ParsedRow::employerRef)
              .toList();
      List<String> names =
          unknown.values().stream()
              .filter(r -> r.employerRef() == null)
              .map(ParsedRow::employerName)
              .toList();
      jdbc.sql(
              "select id, employer_ref, name from registry.employer where employer_ref = any(?) or (employer_ref is null and name = any(?))")
          .params(refs.toArray(String[]::new), names.toArray(String[]::new))
          .query(
              (rs, n) -> {
                String ref = rs.getString(2);
                cache.put(ref != null ? "ref:" + ref : "name:" + rs.getString(3), rs.getLong(1));
                return null;
              })
          .list();
      List<ParsedRow> fresh =
          unknown.values().stream().filter(r -> !cache.containsKey(r.employerKey())).toList();
      long[] ids = Ids.next(jdbc, fresh.size());
      CopyText copy = new CopyText();
      OffsetDateTime now = OffsetDateTime.now(clock);
      for (int i = 0; i < fresh.size(); i++) {
        ParsedRow r = fresh.get(i);
        cache.put(r.employerKey(), ids[i]);
        String name = r.employerName() != null ? r.employerName() : r.employerRef();
        copy.row(
            ids[i],
            r.employerRef(),
            name,
            r.sector() == null ? null : r.sector().name(),
            agency,
            now);
      }
      copy.copyInto(
          pg, "registry.employer (id, employer_ref, name, sector, owner_agency_id, created_at)");
    }
    rows.forEach(r -> resolution.employerIds.put(r.employerKey(), cache.get(r.employerKey())));
  }

  private Map<String, Long> lookupRefs(List<ParsedRow> rows) {
    String[] refs =
        rows.stream()
            .map(ParsedRow::personRef)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toArray(String[]::new);
    Map<String, Long> found = new HashMap<>();
    if (refs.length > 0) {
      jdbc.sql("select person_ref, id from registry.person where person_ref = any(?)")
          .param(refs)
          .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2)))
          .list();
    }
    return found;
  }

  private Map<String, Long> lookupDocuments(List<ParsedRow> rows) {
    String[] numbers =
        rows.stream().map(ParsedRow::documentNumber).distinct().toArray(String[]::new);
    Map<String, Long> found = new HashMap<>();
    jdbc.sql("select type, number, person_id from registry.document where number = any(?)")
        .param(numbers)
        .query((rs, n) -> found.put(rs.getString(1) + ":" + rs.getString(2), rs.getLong(3)))
        .list();
    return found;
  }

  private void documents(Resolution resolution, PGConnection pg) throws java.sql.SQLException {
    List<ParsedRow> fresh = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>(resolution.knownDocuments);
    for (ParsedRow row : resolution.accepted) {
      if (seen.add(Resolution.documentKey(row))) {
        fresh.add(row);
      }
    }
    long[] ids = Ids.next(jdbc, fresh.size());
    CopyText copy = new CopyText();
    for (int i = 0; i < fresh.size(); i++) {
      ParsedRow r = fresh.get(i);
      copy.row(
          ids[i],
          resolution.personOf(r),
          r.documentType().name(),
          r.documentNumber(),
          r.nationality(),
          r.documentIssued(),
          r.documentExpires());
    }
    copy.copyInto(
        pg, "registry.document (id, person_id, type, number, issuer, issued_on, expires_on)");
  }
}
