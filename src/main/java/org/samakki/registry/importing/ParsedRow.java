package org.samakki.registry.importing;

import java.time.LocalDate;
import org.samakki.linkage.DocumentType;
import org.samakki.linkage.PartialDate;
import org.samakki.registry.Sector;
import org.samakki.registry.status.Scheme;

/** A valid row of an import file, every value checked and in its type. */
record ParsedRow(
    int rowNumber,
    String personRef,
    String givenName,
    String familyName,
    String nameNative,
    String nativeScript,
    String honorific,
    String sex,
    PartialDate birth,
    String nationality,
    DocumentType documentType,
    String documentNumber,
    LocalDate documentIssued,
    LocalDate documentExpires,
    String employerRef,
    String employerName,
    Sector sector,
    String subdistrict,
    Scheme scheme,
    LocalDate contractStart,
    LocalDate contractEnd,
    LocalDate employerChangeReported,
    String workPermitNumber,
    LocalDate workPermitStart,
    LocalDate workPermitEnd,
    LocalDate stayPermitEnd,
    String socialSecurityNumber,
    LocalDate socialSecurityEnd,
    LocalDate healthInsuranceEnd,
    LocalDate healthCheckDate,
    Boolean healthCheckPassed,
    java.util.UUID sourceKey,
    String nameKeys) {

  /** The person this row is about: the source's reference, or else the identity document. */
  String personKey() {
    return personRef != null ? "ref:" + personRef : "doc:" + documentType + ":" + documentNumber;
  }

  /** The employer this row is about: the source's reference, or else its name. */
  String employerKey() {
    return employerRef != null ? "ref:" + employerRef : "name:" + employerName;
  }

  /** The day of the registration: the start of its work permit, else of its contract. */
  LocalDate registeredOn() {
    return workPermitStart != null ? workPermitStart : contractStart;
  }
}
