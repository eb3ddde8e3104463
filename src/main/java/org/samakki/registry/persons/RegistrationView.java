package org.samakki.registry.persons;

import java.time.LocalDate;
import org.samakki.access.PolicyResource;

/** A registration with its employment and entitlements, as the policy's resource shows it. */
@PolicyResource("registration")
public record RegistrationView(
    String id,
    String schemeCode,
    Integer schemeVersion,
    String channel,
    LocalDate registeredOn,
    String employerId,
    String employerName,
    String workplaceSubdistrict,
    String sector,
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
    String healthCheckResult) {}
