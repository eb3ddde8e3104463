package org.samakki.access.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.accounts.InvalidAccountException;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers data-sharing agreements and the API clients bound to them (DP-17); a client's token is
 * returned once at creation and only its hash is kept.
 */
@Service
public class SharingAdministration {

  private final SharingRegister register;
  private final AccessControl access;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final Clock clock;

  SharingAdministration(
      SharingRegister register,
      AccessControl access,
      AccessPolicy policy,
      AuditTrail audit,
      Clock clock) {
    this.register = register;
    this.access = access;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<SharingAgreement> agreements() {
    access.require("sharing-agreement", "list");
    return register.agreements();
  }

  @Transactional
  public UUID registerAgreement(
      String code,
      String title,
      Set<UUID> agencies,
      List<String> purposes,
      List<String> categories,
      LocalDate from,
      LocalDate to) {
    access.require("sharing-agreement", "create");
    if (!policy.document().purposes().keySet().containsAll(purposes)) {
      throw new InvalidAccountException("agreement.purposes.invalid");
    }
    SharingAgreement agreement =
        new SharingAgreement(
            UUID.randomUUID(),
            code == null ? null : code.strip(),
            title,
            agencies,
            purposes,
            categories,
            from,
            to);
    register.insert(agreement);
    audit.record(
        AuditRecord.change(
            "CREATE",
            "sharing-agreement",
            agreement.id().toString(),
            List.of("code", "title", "purposes")));
    return agreement.id();
  }

  @Transactional(readOnly = true)
  public List<ApiClient> clients() {
    access.require("api-client", "list");
    return register.clients();
  }

  /** Creates a client and returns its token, which is shown to the administrator only now. */
  @Transactional
  public String createClient(
      UUID agencyId, String name, String role, String purpose, UUID agreementId) {
    access.require("api-client", "create");
    SharingAgreement agreement =
        register
            .agreement(agreementId)
            .orElseThrow(() -> new InvalidAccountException("apiClient.agreement.invalid"));
    if (!agreement.agencyIds().contains(agencyId) || !agreement.purposes().contains(purpose)) {
      throw new InvalidAccountException("apiClient.agreement.invalid");
    }
    if (!policy.roles().contains(role) || !policy.actsFor(Set.of(role), purpose)) {
      throw new InvalidAccountException("apiClient.role.invalid");
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new InvalidAccountException("apiClient.name.invalid");
    }
    UUID id = UUID.randomUUID();
    String secret = ApiTokens.newSecret();
    register.insert(
        new ApiClient(
            id,
            agencyId,
            name.strip(),
            role,
            purpose,
            agreementId,
            ApiTokens.hash(secret),
            clock.instant(),
            null,
            null),
        access.actor().id());
    audit.record(
        AuditRecord.change(
            "CREATE",
            "api-client",
            id.toString(),
            List.of("name", "role", "purpose", "agreementCode")));
    return ApiTokens.token(id, secret);
  }

  @Transactional
  public void revoke(UUID clientId) {
    access.require("api-client", "revoke");
    register.revoke(clientId, clock.instant());
    audit.record(
        AuditRecord.change("REVOKE", "api-client", clientId.toString(), List.of("revoked")));
  }
}
