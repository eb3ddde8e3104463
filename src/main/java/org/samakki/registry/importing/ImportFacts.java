package org.samakki.registry.importing;

import java.util.Set;
import org.samakki.linkage.DocumentType;
import org.samakki.registry.records.RegistrationFacts;

/** The engine's view of an import row, without reading back what was just written. */
final class ImportFacts {

  private static final Set<DocumentType> PASSPORTS =
      Set.of(
          DocumentType.PASSPORT,
          DocumentType.PJ_PASSPORT,
          DocumentType.TEMPORARY_PASSPORT,
          DocumentType.CERTIFICATE_OF_IDENTITY);

  private ImportFacts() {}

  static boolean isPassport(DocumentType type) {
    return PASSPORTS.contains(type);
  }

  static RegistrationFacts of(long person, ParsedRow r, long employer) {
    return new RegistrationFacts(
        person,
        r.scheme().key(),
        r.scheme().channel(),
        r.registeredOn(),
        r.sector() == null ? null : r.sector().name(),
        employer,
        r.subdistrict(),
        r.contractStart(),
        r.contractEnd(),
        r.employerChangeReported(),
        r.workPermitStart(),
        r.workPermitEnd(),
        r.stayPermitEnd(),
        r.socialSecurityEnd(),
        r.healthInsuranceEnd(),
        r.healthCheckDate(),
        r.healthCheckPassed());
  }
}
