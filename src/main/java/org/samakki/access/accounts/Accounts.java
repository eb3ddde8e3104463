package org.samakki.access.accounts;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.samakki.access.AccessControl;
import org.samakki.access.Actor;
import org.samakki.access.RecordFacts;
import org.samakki.access.RecordNotFoundException;
import org.samakki.access.policy.AccessPolicy;
import org.samakki.audit.AuditRecord;
import org.samakki.audit.AuditTrail;
import org.samakki.geo.AdminAreas;
import org.samakki.geo.AreaLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of user accounts: every read shows only the fields the administrator's role may
 * read and is audited in the same transaction; every change is checked field by field, audited, and
 * ends the user's sessions when it changes their access.
 */
@Service
public class Accounts {

  static final String USER = "user";
  private static final String PLATFORM_ADMINISTRATOR = "platform-administrator";

  private final Users users;
  private final Agencies agencies;
  private final AccessControl access;
  private final AccessPolicy policy;
  private final PasswordRules rules;
  private final PasswordEncoder passwords;
  private final AuditTrail audit;
  private final Clock clock;
  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
  private final AdminAreas areas;

  Accounts(
      Users users,
      Agencies agencies,
      AccessControl access,
      AccessPolicy policy,
      PasswordRules rules,
      PasswordEncoder passwords,
      AuditTrail audit,
      Clock clock,
      ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
      AdminAreas areas) {
    this.users = users;
    this.agencies = agencies;
    this.access = access;
    this.policy = policy;
    this.rules = rules;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
    this.areas = areas;
  }

  @Transactional
  public List<Map<String, Object>> list() {
    access.require(USER, "list");
    List<UserAccount> visible =
        users.all().stream().filter(u -> access.mayAccess("read", facts(u))).toList();
    List<Map<String, Object>> views = visible.stream().map(this::view).toList();
    audit.record(
        AuditRecord.read(
            "LIST",
            USER,
            visible.stream().map(u -> u.id().toString()).toList(),
            List.copyOf(access.readableFields(USER))));
    return views;
  }

  @Transactional
  public Map<String, Object> read(UUID id) {
    UserAccount user = visible(id, "read");
    Map<String, Object> view = view(user);
    audit.record(
        AuditRecord.read("VIEW", USER, List.of(id.toString()), List.copyOf(view.keySet())));
    return view;
  }

  /** Creates the account; returns the initial password when Samakki generated it. */
  @Transactional
  public Created create(NewUser command) {
    Agency agency =
        agencies
            .find(command.agencyId())
            .orElseThrow(() -> new InvalidAccountException("user.agency.invalid"));
    UUID id = UUID.randomUUID();
    access.requireRecord("create", RecordFacts.ofAgency(USER, id.toString(), agency.id(), null));
    checkRoles(null, command.roles());
    String username =
        command.username() == null ? "" : command.username().strip().toLowerCase(Locale.ROOT);
    if (users.findByUsername(username).isPresent()) {
      throw new InvalidAccountException("user.username.taken");
    }
    String password =
        command.initialPassword() == null || command.initialPassword().isBlank()
            ? TemporaryPasswords.generate()
            : command.initialPassword();
    requireGoodPassword(password, username);
    requireArea(command.areaCode());
    UserAccount account =
        new UserAccount(
            id,
            agency.id(),
            username,
            command.displayName(),
            blankToNull(command.email()),
            passwords.encode(password),
            true,
            null,
            false,
            blankToNull(command.areaCode()),
            null,
            null,
            command.expiresOn(),
            null,
            null,
            0,
            null,
            clock.instant(),
            command.roles());
    users.insert(account);
    audit.record(
        AuditRecord.change(
            "CREATE",
            USER,
            id.toString(),
            List.of("username", "displayName", "email", "roles", "areaCode", "expiresOn")));
    return new Created(
        id,
        command.initialPassword() == null || command.initialPassword().isBlank() ? password : null);
  }

  /** The id of a new account and, if generated, its initial password to hand over once. */
  public record Created(UUID id, String generatedPassword) {}

  @Transactional
  public void update(UUID id, UserChanges changes) {
    UserAccount user = visible(id, "update");
    access.requireWritable(USER, changes.fields());
    Set<String> roles = changes.fields().contains("roles") ? changes.roles() : user.roles();
    if (changes.fields().contains("roles")) {
      checkRoles(user, roles);
    }
    if (changes.fields().contains("areaCode")) {
      requireArea(changes.areaCode());
    }
    UserAccount changed =
        new UserAccount(
            user.id(),
            user.agencyId(),
            user.username(),
            pick(changes, "displayName", changes.displayName(), user.displayName()),
            pick(changes, "email", changes.email(), user.email()),
            user.passwordHash(),
            user.mustChangePassword(),
            user.totpSecret(),
            user.totpEnabled(),
            pick(changes, "areaCode", changes.areaCode(), user.areaCode()),
            pick(changes, "teamId", changes.teamId(), user.teamId()),
            pick(changes, "supervisorId", changes.supervisorId(), user.supervisorId()),
            pick(changes, "expiresOn", changes.expiresOn(), user.expiresOn()),
            user.disabledAt(),
            user.disabledReason(),
            user.securityVersion(),
            user.lastActiveAt(),
            user.createdAt(),
            roles);
    boolean accessChanged =
        !roles.equals(user.roles())
            || !java.util.Objects.equals(changed.areaCode(), user.areaCode())
            || !java.util.Objects.equals(changed.expiresOn(), user.expiresOn());
    users.update(changed, accessChanged);
    if (accessChanged) {
      deleteSessions(id);
    }
    audit.record(AuditRecord.change("UPDATE", USER, id.toString(), List.copyOf(changes.fields())));
  }

  @Transactional
  public void disable(UUID id, String reason) {
    UserAccount user = visible(id, "disable");
    if (user.id().equals(access.actor().id())) {
      throw new InvalidAccountException("user.disable.self");
    }
    users.disable(
        id,
        clock.instant(),
        reason == null || reason.isBlank() ? "disabled by an administrator" : reason.strip());
    deleteSessions(id);
    audit.record(AuditRecord.change("DISABLE", USER, id.toString(), List.of("disabled")));
  }

  @Transactional
  public void enable(UUID id) {
    visible(id, "disable");
    users.enable(id);
    audit.record(AuditRecord.change("ENABLE", USER, id.toString(), List.of("disabled")));
  }

  /** A temporary password to hand to the user; the second factor stays required. */
  @Transactional
  public String resetPassword(UUID id) {
    UserAccount user = visible(id, "reset-password");
    String temporary = TemporaryPasswords.generate();
    users.setPassword(user.id(), passwords.encode(temporary), true);
    deleteSessions(id);
    audit.record(AuditRecord.change("RESET_PASSWORD", USER, id.toString(), List.of("password")));
    return temporary;
  }

  @Transactional
  public void resetSecondFactor(UUID id) {
    visible(id, "reset-second-factor");
    users.setSecondFactor(id, null, false, true);
    deleteSessions(id);
    audit.record(
        AuditRecord.change(
            "RESET_SECOND_FACTOR", USER, id.toString(), List.of("secondFactorEnrolled")));
  }

  @Transactional
  public void endSessions(UUID id) {
    visible(id, "end-sessions");
    users.endSessions(id);
    deleteSessions(id);
    audit.record(AuditRecord.change("END_SESSIONS", USER, id.toString(), List.of()));
  }

  /** The signed-in user changes their own password, proving they know the current one. */
  @Transactional
  public void changeOwnPassword(String current, String replacement) {
    UserAccount me = users.find(access.actor().id()).orElseThrow();
    if (!passwords.matches(current == null ? "" : current, me.passwordHash())) {
      throw new InvalidAccountException("password.currentWrong");
    }
    requireGoodPassword(replacement, me.username());
    users.setOwnPassword(me.id(), passwords.encode(replacement));
    audit.record(
        AuditRecord.change("CHANGE_PASSWORD", USER, me.id().toString(), List.of("password")));
  }

  public List<String> passwordProblems(String password, String username) {
    return rules.problems(password, username);
  }

  Map<String, Object> view(UserAccount u) {
    Agency agency = agencies.find(u.agencyId()).orElseThrow();
    return access.readable(USER, UserView.of(u, agency));
  }

  private UserAccount visible(UUID id, String action) {
    UserAccount user =
        users.find(id).orElseThrow(() -> new RecordNotFoundException(USER, id.toString()));
    access.requireRecord(action, facts(user));
    return user;
  }

  static RecordFacts facts(UserAccount u) {
    return new RecordFacts(
        USER, u.id().toString(), u.agencyId(), null, u.teamId(), Set.of(u.id()), false);
  }

  private void checkRoles(UserAccount target, Set<String> roles) {
    Actor actor = access.actor();
    if (roles.isEmpty() || !policy.roles().containsAll(roles)) {
      throw new InvalidAccountException("user.roles.invalid");
    }
    if (target != null && target.id().equals(actor.id())) {
      throw new AccessDeniedException("Nobody changes their own roles");
    }
    Set<String> added = new HashSet<>(roles);
    if (target != null) {
      added.removeAll(target.roles());
    }
    if (added.contains(PLATFORM_ADMINISTRATOR) && !actor.roles().contains(PLATFORM_ADMINISTRATOR)) {
      throw new AccessDeniedException("Only a platform administrator grants that role");
    }
  }

  /** A user's area is the whole country (none), a real province or a real district. */
  private void requireArea(String code) {
    if (code == null || code.isBlank()) {
      return;
    }
    boolean known =
        areas.findArea(code.strip()).filter(a -> a.level() != AreaLevel.SUBDISTRICT).isPresent();
    if (!known) {
      throw new InvalidAccountException("user.area.invalid");
    }
  }

  private void requireGoodPassword(String password, String username) {
    List<String> problems = rules.problems(password, username);
    if (!problems.isEmpty()) {
      throw new InvalidAccountException(problems.get(0));
    }
  }

  private void deleteSessions(UUID id) {
    FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
    if (repository != null) {
      repository.findByPrincipalName(id.toString()).keySet().forEach(repository::deleteById);
    }
  }

  private static <T> T pick(UserChanges changes, String field, T value, T current) {
    return changes.fields().contains(field) ? value : current;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
