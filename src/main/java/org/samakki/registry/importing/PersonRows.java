package org.samakki.registry.importing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.samakki.registry.records.CopyText;

/** Writes the new persons of a batch by COPY, with the search keys of all their name forms. */
final class PersonRows {

  private final Clock clock;

  PersonRows(Clock clock) {
    this.clock = clock;
  }

  void insert(Collection<ParsedRow> firstRows, Resolution resolution, UUID agency, PGConnection pg)
      throws java.sql.SQLException {
    CopyText copy = new CopyText();
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (ParsedRow r : firstRows) {
      copy.row(
          resolution.personIds.get(r.personKey()),
          r.personRef(),
          r.givenName(),
          r.familyName(),
          r.nameNative(),
          r.nativeScript(),
          r.honorific(),
          r.sex(),
          r.birth() == null ? null : r.birth().year(),
          r.birth() == null || r.birth().month() == 0 ? null : r.birth().month(),
          r.birth() == null || r.birth().day() == 0 ? null : r.birth().day(),
          r.nationality(),
          org.samakki.registry.records.NameKeys.language(r.nationality()),
          agency,
          r.subdistrict(),
          r.nameKeys(),
          now,
          now);
    }
    copy.copyInto(
        pg,
        "registry.person (id, person_ref, given_name, family_name, name_native, native_script, honorific, sex,"
            + " birth_year, birth_month, birth_day, nationality, language, owner_agency_id,"
            + " area_code, name_keys, created_at, updated_at)");
  }
}
