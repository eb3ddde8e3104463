package org.samakki.registry.records;

import java.time.LocalDate;
import org.samakki.registry.status.Scheme;

/** What one registration says about a worker's legal situation: the engine's view of a row. */
public record RegistrationFacts(
    long personId,
    String schemeKey,
    Scheme.Channel channel,
    LocalDate registeredOn,
    String sector,
    long employerId,
    String subdistrict,
    LocalDate contractStart,
    LocalDate contractEnd,
    LocalDate employerChangeReported,
    LocalDate workPermitStart,
    LocalDate workPermitEnd,
    LocalDate stayPermitEnd,
    LocalDate socialSecurityEnd,
    LocalDate healthInsuranceEnd,
    LocalDate healthCheckDate,
    Boolean healthCheckPassed) {}
