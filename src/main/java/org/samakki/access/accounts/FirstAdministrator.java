package org.samakki.access.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AgencyType;
import org.samakki.audit.AuditActor;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the first agency and its platform administrator with the setup token. */
@Service
public class FirstAdministrator {

  private final SetupTokens tokens;
  private final Agencies agencies;
  private final Users users;
  private final PasswordRules rules;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Clock clock;

  FirstAdministrator(
      SetupTokens tokens,
      Agencies agencies,
      Users users,
      PasswordRules rules,
      PasswordEncoder passwords,
      AuditTrail audit,
      Clock clock) {
    this.tokens = tokens;
    this.agencies = agencies;
    this.users = users;
    this.rules = rules;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  /** The form of the setup page. */
  public record Registration(
      String token,
      String agencyCode,
      String agencyName,
      AgencyType agencyType,
      String username,
      String displayName,
      String password) {}

  @Transactional
  public void register(Registration r) {
    String username = r.username() == null ? "" : r.username().strip().toLowerCase(Locale.ROOT);
    List<String> problems = rules.problems(r.password(), username);
    if (!problems.isEmpty()) {
      throw new InvalidAccountException(problems.get(0));
    }
    Agency agency =
        new Agency(
            UUID.randomUUID(),
            r.agencyCode() == null ? null : r.agencyCode().strip(),
            r.agencyName(),
            r.agencyType() == null ? AgencyType.GOVERNMENT : r.agencyType(),
            true,
            clock.instant());
    UUID id = UUID.randomUUID();
    UserAccount admin =
        new UserAccount(
            id,
            agency.id(),
            username,
            r.displayName(),
            null,
            passwords.encode(r.password()),
            false,
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            null,
            clock.instant(),
            Set.of("platform-administrator", "administrator"));
    if (!tokens.consume(r.token())) {
      throw new InvalidAccountException("setup.token.invalid");
    }
    agencies.insert(agency);
    users.insert(admin);
    audit.record(
        new AuditActor(
            id, username, List.of("platform-administrator", "administrator"), agency.id()),
        AuditRecord.change(
            "FIRST_ADMINISTRATOR", "user", id.toString(), List.of("username", "roles")));
  }
}
